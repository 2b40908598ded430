using System.Text;
using Microsoft.Net.Http.Headers;

namespace PiriformisRehab.Web.Features.PatientPages;

/// <summary>
/// Serves /p/{token} and /p/{token}/diary from a page rendered once (ADR-017). The link is looked
/// up and checked on every request before anything kept is touched; only an anonymous plain GET
/// (no query, no enhanced navigation) is served or kept, since only those render the same for
/// everyone with the link. Everything else, and every miss, goes on to the page as before.
/// </summary>
public sealed class PatientPageMiddleware(RequestDelegate next, PatientPageKeys keys, PatientPageCache cache, PatientFormTokens formTokens)
{
    /// <summary>Headers that belong to one response, never replayed from a kept one.</summary>
    private static readonly HashSet<string> PerResponse = new(StringComparer.OrdinalIgnoreCase)
    {
        HeaderNames.SetCookie, HeaderNames.Date, HeaderNames.ContentLength, HeaderNames.TransferEncoding, HeaderNames.Server,
    };

    public async Task InvokeAsync(HttpContext context)
    {
        if (!Eligible(context, out var kind, out var token))
        {
            await next(context);
            return;
        }

        var ct = context.RequestAborted;
        var key = await keys.KeyAsync(kind, token, ct);
        if (key is null)
        {
            // Not a usable link: the page answers with its own "link not valid".
            await next(context);
            return;
        }

        if (cache.Find(key) is { } page)
        {
            await ServeAsync(context, page, token, ct);
            return;
        }

        await RenderAndKeepAsync(context, key, token);
    }

    private async Task ServeAsync(HttpContext context, RenderedPage page, string token, CancellationToken ct)
    {
        var response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        foreach (var (name, value) in page.Headers)
        {
            response.Headers[name] = value;
        }

        // A form token made for this requester's antiforgery cookie (set here if they have none).
        var formToken = page.NeedsFormToken ? Encoding.UTF8.GetBytes(formTokens.TokenFor(context)) : null;
        var tokenBytes = Encoding.UTF8.GetBytes(token);
        response.ContentLength = page.LengthWith(tokenBytes, formToken);
        await page.WriteAsync(response.BodyWriter, tokenBytes, formToken, ct);
    }

    private async Task RenderAndKeepAsync(HttpContext context, string key, string token)
    {
        var response = context.Response;
        var body = response.Body;
        using var copy = new CopyingStream(body, PatientPageCache.MaxPageBytes);
        response.Body = copy;
        try
        {
            await next(context);
        }
        finally
        {
            response.Body = body;
        }

        if (response.StatusCode != StatusCodes.Status200OK || copy.Overflowed || context.RequestAborted.IsCancellationRequested
            || response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) != true)
        {
            return;
        }

        var headers = response.Headers.Where(h => !PerResponse.Contains(h.Key)).Select(h => KeyValuePair.Create(h.Key, h.Value.ToString())).ToList();
        var copied = copy.Copy;
        if (RenderedPage.Cut(Encoding.UTF8.GetString(copied.AsSpan()), token, headers) is { } page)
        {
            cache.Keep(key, page);
        }
    }

    /// <summary>An anonymous plain GET of a programme page or diary; the token is the path's.</summary>
    private static bool Eligible(HttpContext context, out PatientPageKind kind, out string token)
    {
        (kind, token) = (PatientPageKind.Programme, "");
        var request = context.Request;
        if (!HttpMethods.IsGet(request.Method) || request.QueryString.HasValue || context.User.Identity?.IsAuthenticated == true
            || IsEnhancedNavigation(request))
        {
            return false;
        }

        // "/p/{token}" or "/p/{token}/diary", nothing else.
        var segments = (request.Path.Value ?? "").Split('/');
        if (segments.Length is < 3 or > 4 || segments[0].Length != 0 || !segments[1].Equals("p", StringComparison.OrdinalIgnoreCase) || segments[2].Length == 0)
        {
            return false;
        }

        if (segments.Length == 4 && !segments[3].Equals("diary", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        (kind, token) = (segments.Length == 4 ? PatientPageKind.Diary : PatientPageKind.Programme, segments[2]);
        return true;
    }

    /// <summary>Blazor's enhanced navigation asks for a page to patch in, answered differently.</summary>
    private static bool IsEnhancedNavigation(HttpRequest request) =>
        request.Headers.Accept.ToString().Contains("blazor-enhanced-nav", StringComparison.OrdinalIgnoreCase)
        || request.Headers.ContainsKey("blazor-enhanced-nav");
}
