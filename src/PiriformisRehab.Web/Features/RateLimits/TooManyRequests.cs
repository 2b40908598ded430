using System.Globalization;
using System.Net;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Net.Http.Headers;

namespace PiriformisRehab.Web.Features.RateLimits;

/// <summary>
/// The answer to a refused request: 429 with Retry-After, as RFC 9457 problem+json on the API and
/// as a short page everywhere else. The body names no path, account or link.
/// </summary>
internal static class TooManyRequests
{
    public static async ValueTask WriteAsync(OnRejectedContext rejected, CancellationToken ct)
    {
        var http = rejected.HttpContext;
        var seconds = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
            ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds))
            : 60;
        http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        http.Response.Headers[HeaderNames.CacheControl] = "no-store";
        var wait = seconds < 120 ? $"{seconds} seconds" : $"{(seconds + 59) / 60} minutes";
        if (http.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            await TypedResults.Problem(
                statusCode: StatusCodes.Status429TooManyRequests,
                title: "Too many requests",
                detail: $"Too many requests from this client. Try again in {wait}.",
                type: "https://www.rfc-editor.org/rfc/rfc6585#section-4").ExecuteAsync(http);
            return;
        }

        http.Response.ContentType = "text/html; charset=utf-8";
        await http.Response.WriteAsync(Page(WebUtility.HtmlEncode(wait)), ct);
    }

    private static string Page(string wait) => $"""
        <!DOCTYPE html>
        <html lang="en">
        <head>
            <meta charset="utf-8" />
            <meta name="viewport" content="width=device-width, initial-scale=1.0" />
            <title>Too many requests · PiriformisRehab</title>
            <link rel="stylesheet" href="/app.css" />
        </head>
        <body>
            <main class="too-many-requests" data-rate-limited>
                <h1>Too many requests</h1>
                <p>There have been too many requests from your connection in a short time, so what you sent just now
                   was not saved. Your browser's Back button keeps what you typed; wait {wait} and send it again.</p>
                <p><strong>Do not wait if you have a warning sign</strong> (new numbness around the genitals, inner thighs or
                   back passage, a change in how your bladder or bowels work, or new weakness in a leg): call an emergency
                   number or go to an emergency department now.</p>
                <p><a href="/">Go to the home page</a></p>
            </main>
        </body>
        </html>
        """;
}
