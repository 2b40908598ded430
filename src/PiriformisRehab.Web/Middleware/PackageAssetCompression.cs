using System.Text.RegularExpressions;
using Microsoft.Net.Http.Headers;

namespace PiriformisRehab.Web.Middleware;

/// <summary>
/// MapStaticAssets gives package assets (MudBlazor's CSS and JS) fingerprinted routes without their
/// brotli and gzip variants, so the first visit downloaded 627 KB of CSS instead of 42 KB. The
/// plain routes do negotiate compression. This sends a fingerprinted package URL to its plain
/// route and, because the fingerprint in the URL changes with the content, marks it immutable.
/// </summary>
internal static partial class PackageAssetCompression
{
    [GeneratedRegex(@"^/_content/(?<path>.+)\.(?<fingerprint>[a-z0-9]{10})\.(?<ext>css|js)$", RegexOptions.CultureInvariant)]
    private static partial Regex FingerprintedPackageAsset();

    public static Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        var match = FingerprintedPackageAsset().Match(context.Request.Path.Value ?? string.Empty);
        if (match.Success)
        {
            context.Request.Path = $"/_content/{match.Groups["path"].Value}.{match.Groups["ext"].Value}";
            context.Response.OnStarting(() =>
            {
                if (context.Response.StatusCode is StatusCodes.Status200OK or StatusCodes.Status304NotModified)
                {
                    context.Response.Headers[HeaderNames.CacheControl] = "public, max-age=31536000, immutable";
                }

                return Task.CompletedTask;
            });
        }

        return next(context);
    }
}
