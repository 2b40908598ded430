using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using PiriformisRehab.Web.Options;

namespace PiriformisRehab.Web.Features.Accounts;

/// <summary>
/// The absolute links account e-mails carry, built from PublicBaseUrl (never the Host header, or a
/// forged Host would mail a physio a reset link to someone else's site). Identity's tokens are
/// base64url-encoded so they survive a URL and a mail client.
/// </summary>
public sealed class AccountLinks(IOptions<PublicUrlOptions> publicUrl)
{
    public const string ConfirmPath = "/account/confirm";
    public const string ResetPath = "/account/reset";
    public const string ConfirmNewEmailPath = "/account/confirm-email";

    public string Confirm(string userId, string token) =>
        publicUrl.Value.LinkTo(QueryHelpers.AddQueryString(ConfirmPath, new Dictionary<string, string?> { ["userId"] = userId, ["code"] = Encode(token) }));

    public string Reset(string userId, string token) =>
        publicUrl.Value.LinkTo(QueryHelpers.AddQueryString(ResetPath, new Dictionary<string, string?> { ["userId"] = userId, ["code"] = Encode(token) }));

    public string ConfirmNewEmail(string userId, string email, string token) =>
        publicUrl.Value.LinkTo(QueryHelpers.AddQueryString(ConfirmNewEmailPath, new Dictionary<string, string?> { ["userId"] = userId, ["email"] = email, ["code"] = Encode(token) }));

    public string SignIn => publicUrl.Value.LinkTo("/account/login");

    public string ForgotPassword => publicUrl.Value.LinkTo("/account/forgot");

    /// <summary>The token a link carried, or null when it is not base64url (then no token can match).</summary>
    public static string? Decode(string? code)
    {
        if (string.IsNullOrEmpty(code) || code.Length > 2048)
        {
            return null;
        }

        try
        {
            return Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(code));
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static string Encode(string token) => WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));
}
