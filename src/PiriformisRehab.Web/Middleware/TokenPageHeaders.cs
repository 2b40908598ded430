using Microsoft.Net.Http.Headers;

namespace PiriformisRehab.Web.Middleware;

/// <summary>
/// Pages whose URL carries a secret token (/r/{token}, /p/{token}, and the account links that
/// e-mails carry: confirm, reset, confirm a new address) must not leak it: no Referer
/// to other sites, no caching by browsers or proxies, no indexing. Applied by path so that every
/// response under them, including "link not valid" and form posts, gets the headers.
/// </summary>
internal static class TokenPageHeaders
{
    public static readonly string[] TokenPathPrefixes = ["/r", "/p", "/account/confirm", "/account/reset", "/account/confirm-email"];

    public static bool IsTokenPath(PathString path) =>
        TokenPathPrefixes.Any(prefix => path.StartsWithSegments(prefix, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Decided on the path as requested, before a 404 is re-executed as the not-found page, so the
    /// "link not valid" body of a token URL keeps the headers.
    /// </summary>
    public static Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        if (IsTokenPath(context.Request.Path))
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers["Referrer-Policy"] = "no-referrer";
                headers[HeaderNames.CacheControl] = "no-store";
                headers["X-Robots-Tag"] = "noindex, nofollow";
                return Task.CompletedTask;
            });
        }

        return next(context);
    }
}
