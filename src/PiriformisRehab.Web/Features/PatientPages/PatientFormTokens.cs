using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace PiriformisRehab.Web.Features.PatientPages;

/// <summary>
/// The diary's form token for a returning patient, worked out once per antiforgery cookie (ADR-017).
/// Issuing one costs two Data Protection operations (read the cookie, protect the token), the
/// largest share of a kept diary's time. An anonymous requester's form token depends only on their
/// cookie, and any token once issued for it stays valid, so the token issued for a cookie that was
/// accepted is handed out again to whoever brings that same cookie. A missing or unreadable cookie
/// always goes through the antiforgery service, which issues a new cookie as before; posts are
/// checked by the antiforgery service as ever, so nothing here widens what a post is allowed.
/// </summary>
public sealed class PatientFormTokens(IAntiforgery antiforgery, IOptions<AntiforgeryOptions> options) : IDisposable
{
    /// <summary>Cookies remembered at once; each entry is a hash and a token, under 300 bytes.</summary>
    public const int MaxRemembered = 20_000;

    private readonly MemoryCache _tokens = new(new MemoryCacheOptions { SizeLimit = MaxRemembered });

    /// <summary>The form token for this request's requester, with a new antiforgery cookie set if they need one.</summary>
    public string TokenFor(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var cookie = options.Value.Cookie.Name is { } name ? context.Request.Cookies[name] : null;
        // The cookie's hash, not the cookie, is what is kept: memory never holds a usable cookie.
        var key = string.IsNullOrEmpty(cookie) ? null : Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(cookie)));
        if (key is not null && _tokens.TryGetValue(key, out string? known) && known is not null)
        {
            return known;
        }

        var tokens = antiforgery.GetAndStoreTokens(context);
        // No new cookie token means the one the requester sent was read and accepted.
        if (key is not null && tokens.CookieToken is null && tokens.RequestToken is { } issued)
        {
            _tokens.Set(key, issued, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = TimeSpan.FromMinutes(30) });
        }

        return tokens.RequestToken!;
    }

    public void Dispose() => _tokens.Dispose();
}
