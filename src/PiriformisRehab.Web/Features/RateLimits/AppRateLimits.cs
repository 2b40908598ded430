using System.Threading.RateLimiting;
using PiriformisRehab.Web.Middleware;
using PiriformisRehab.Web.Features.Common;
using PiriformisRehab.Web.Options;

namespace PiriformisRehab.Web.Features.RateLimits;

/// <summary>
/// The app's request limits as one chained limiter: each link of the chain picks the requests it
/// limits and the partition (client, or link) they count against; every other request passes it.
/// </summary>
internal static class AppRateLimits
{
    public const string LoginPath = "/account/login";
    public const string RegisterPath = "/account/register";
    public const string ForgotPasswordPath = "/account/forgot";

    public static PartitionedRateLimiter<HttpContext> Create(RateLimitOptions options) =>
        PartitionedRateLimiter.CreateChained(
            Limit(options.Login, c => IsPost(c) && IsPath(c, LoginPath) ? "login " + ClientKey.Of(c) : null),
            Limit(options.Register, c => IsPost(c) && IsPath(c, RegisterPath) ? "register " + ClientKey.Of(c) : null),
            Limit(options.PasswordReset, c => IsPost(c) && IsPath(c, ForgotPasswordPath) ? "reset " + ClientKey.Of(c) : null),
            Limit(options.Api, c => c.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase) ? "api " + ClientKey.Of(c) : null),
            Limit(options.TokenPages, c => TokenPageHeaders.IsTokenPath(c.Request.Path) ? "token " + ClientKey.Of(c) : null),
            Limit(options.DiaryPostsPerLink, c => IsPost(c) && DiaryToken(c.Request.Path) is { } token ? "diary " + Convert.ToHexString(ShareToken.Hash(token)) : null));

    /// <summary>The token of a diary address (/p/{token}/diary, /r/{token}/diary), or null.</summary>
    internal static string? DiaryToken(PathString path)
    {
        var segments = (path.Value ?? string.Empty).Split('/', StringSplitOptions.RemoveEmptyEntries);
        return segments is [var kind, var token, var page]
            && TokenPageHeaders.TokenPathPrefixes.Contains("/" + kind, StringComparer.OrdinalIgnoreCase)
            && page.Equals("diary", StringComparison.OrdinalIgnoreCase)
            && ShareToken.LooksValid(token)
            ? token
            : null;
    }

    private static PartitionedRateLimiter<HttpContext> Limit(WindowLimit limit, Func<HttpContext, string?> partition) =>
        PartitionedRateLimiter.Create<HttpContext, string>(context => partition(context) is { } key
            ? RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = limit.PermitLimit,
                Window = limit.Window,
                // Refuse at once: a queued request holds a connection and gives a flood a foothold.
                QueueLimit = 0,
                AutoReplenishment = true,
            })
            : RateLimitPartition.GetNoLimiter(string.Empty));

    private static bool IsPost(HttpContext context) => HttpMethods.IsPost(context.Request.Method);

    private static bool IsPath(HttpContext context, string path) => context.Request.Path.Equals(path, StringComparison.OrdinalIgnoreCase);
}
