using Microsoft.AspNetCore.DataProtection;

namespace PiriformisRehab.Web.Features.SelfCheck;

/// <summary>
/// Keeps the self-check draft in an encrypted cookie scoped to /check (ADR-008): every step is a
/// plain form post, so the draft must reach the server with each request, with or without
/// JavaScript. The answers stay on the runner's device between requests; the server stores
/// nothing. The cookie is protected with the app's shared Data Protection keys, so a reload, a
/// restarted server or another instance (ADR-007) reads it back; it expires a day after the last
/// change, on the device and in the protected payload alike.
/// </summary>
public sealed class DraftCookie(IDataProtectionProvider provider, TimeProvider clock)
{
    public const string Name = "selfcheck-draft";
    public const string Path = "/check";
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);

    private readonly ITimeLimitedDataProtector _protector = provider.CreateProtector("PiriformisRehab.SelfCheck.Draft.v1").ToTimeLimitedDataProtector();

    /// <summary>The draft the request carries; a missing, expired, forged or unreadable cookie gives an empty draft.</summary>
    public AnswerDraft Read(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.Request.Cookies.TryGetValue(Name, out var value) || string.IsNullOrEmpty(value))
        {
            return new AnswerDraft();
        }

        try
        {
            return AnswerDraft.FromJson(_protector.Unprotect(value));
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            // Expired, from a key ring that is gone, or tampered with: the runner starts afresh.
            return new AnswerDraft();
        }
    }

    public void Write(HttpContext context, AnswerDraft draft)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(draft);
        var protectedValue = _protector.Protect(draft.ToJson(), clock.GetUtcNow() + Lifetime);
        context.Response.Cookies.Append(Name, protectedValue, Options(context, clock.GetUtcNow() + Lifetime));
    }

    public void Clear(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.Cookies.Delete(Name, Options(context, null));
    }

    private static CookieOptions Options(HttpContext context, DateTimeOffset? expires) => new()
    {
        Path = Path,
        HttpOnly = true,
        Secure = context.Request.IsHttps,
        SameSite = SameSiteMode.Lax,
        IsEssential = true,
        Expires = expires,
    };
}
