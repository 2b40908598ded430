using Microsoft.Net.Http.Headers;

namespace PiriformisRehab.Web.Extensions;

/// <summary>
/// Pages whose URL carries a secret token (/r/{token}, /p/{token}) must not leak it: no Referer
/// to other sites, no caching by browsers or proxies, no indexing. Applied by path so that every
/// response under them, including "link not valid" and form posts, gets the headers.
/// </summary>
internal static class TokenPageHeaders
{
    public static readonly string[] TokenPathPrefixes = ["/r", "/p"];

    public static bool IsTokenPath(PathString path) =>
        TokenPathPrefixes.Any(prefix => path.StartsWithSegments(prefix, StringComparison.OrdinalIgnoreCase));

    public static void UseTokenPageHeaders(this WebApplication app)
    {
        app.Use((context, next) =>
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
        });
    }
}
