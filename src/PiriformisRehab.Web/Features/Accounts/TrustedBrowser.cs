using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;
using PiriformisRehab.Web.Data.Entities;
using PiriformisRehab.Web.Options;

namespace PiriformisRehab.Web.Features.Accounts;

/// <summary>
/// A browser that has signed in to an account before (OWASP's "device cookie"): after a
/// successful sign-in it gets a protected cookie naming the account and its security stamp. The
/// account-wide lock (Identity's, in the database, so every instance sees it) does not apply to
/// such a browser, so a stranger's wrong passwords cannot keep the physio out of their own
/// browser. The cookie is worthless after a password change or reset (the stamp changes), and
/// is protected by the shared Data Protection key ring, so every instance can read it.
/// </summary>
public sealed class TrustedBrowser(IDataProtectionProvider protection, IOptions<AccountOptions> options, IOptions<PublicUrlOptions> publicUrl, TimeProvider clock)
{
    public const string CookieName = "PiriformisRehab.Browser";

    private const char Separator = '|';

    private readonly ITimeLimitedDataProtector _protector =
        protection.CreateProtector("PiriformisRehab.Accounts.TrustedBrowser").ToTimeLimitedDataProtector();

    /// <summary>Marks this browser as one that signed in to <paramref name="user"/>.</summary>
    public void Trust(HttpContext context, PhysioUser user)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(user);
        var lifetime = TimeSpan.FromDays(options.Value.TrustedBrowserDays);
        var value = _protector.Protect(user.Id + Separator + user.SecurityStamp, clock.GetUtcNow().Add(lifetime));
        context.Response.Cookies.Append(CookieName, value, new CookieOptions
        {
            HttpOnly = true,
            // Only the sign-in form reads it: the cookie never travels with patient pages.
            Path = context.Request.PathBase + "/account",
            SameSite = SameSiteMode.Strict,
            Secure = context.Request.IsHttps || publicUrl.Value.IsHttps,
            MaxAge = lifetime,
            IsEssential = true,
        });
    }

    /// <summary>Whether this request comes from a browser that signed in to <paramref name="user"/> since its last password change.</summary>
    public bool IsTrustedFor(HttpContext? context, PhysioUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (context?.Request.Cookies[CookieName] is not { Length: > 0 and < 4096 } value)
        {
            return false;
        }

        try
        {
            var parts = _protector.Unprotect(value).Split(Separator);
            return parts is [var id, var stamp]
                && string.Equals(id, user.Id, StringComparison.Ordinal)
                && string.Equals(stamp, user.SecurityStamp, StringComparison.Ordinal);
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            // Forged, expired, or from a key ring that has been replaced.
            return false;
        }
    }
}
