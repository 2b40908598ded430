using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace PiriformisRehab.Web.Features.Common;

/// <summary>
/// Link tokens: 256 random bits, base64url in the URL, stored only as a SHA-256 hash. A lookup
/// is by hash, so the database never sees the secret and comparing prefixes leaks nothing.
/// </summary>
public static class ShareToken
{
    /// <summary>32 bytes = 256 bits, above the 128-bit floor for unguessable links.</summary>
    public const int TokenBytes = 32;

    public static (string Token, byte[] Hash) Create()
    {
        var bytes = RandomNumberGenerator.GetBytes(TokenBytes);
        var token = Base64Url.EncodeToString(bytes);
        return (token, Hash(token));
    }

    public static byte[] Hash(string token) => SHA256.HashData(Encoding.ASCII.GetBytes(token ?? string.Empty));

    /// <summary>Only well-formed tokens are looked up; anything else is "link not valid" at once.</summary>
    public static bool LooksValid(string? token) =>
        token is { Length: 43 } && token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    /// <summary>Constant-time check of a stored hash against a presented token (defence in depth after the lookup).</summary>
    public static bool Matches(byte[] storedHash, string token) =>
        CryptographicOperations.FixedTimeEquals(storedHash, Hash(token));
}
