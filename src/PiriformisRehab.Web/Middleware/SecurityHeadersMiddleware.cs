using Microsoft.Net.Http.Headers;

namespace PiriformisRehab.Web.Middleware;

/// <summary>
/// Security headers on every response, set as the response starts so that an error page or a
/// cleared response still carries them. A header already set further in (the token pages'
/// no-referrer) is kept.
/// </summary>
internal sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    /// <summary>
    /// Blazor Server and MudBlazor work under this policy: scripts only from this site (no inline
    /// script or handler), inline styles because MudBlazor sets them, QR codes as data: images,
    /// the circuit's WebSocket to this site.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; connect-src 'self'; img-src 'self' data:; "
        + "font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>None of these browser features is used; deny them to anything the page might load.</summary>
    public const string PermissionsPolicy =
        "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), interest-cohort=()";

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(static state =>
        {
            var headers = ((HttpContext)state).Response.Headers;
            // Replaces the frame-ancestors-only policy Blazor sets on interactive pages.
            headers[HeaderNames.ContentSecurityPolicy] = ContentSecurityPolicy;
            SetIfAbsent(headers, HeaderNames.XContentTypeOptions, "nosniff");
            // Antiforgery sets SAMEORIGIN; no page of this app is ever framed (as frame-ancestors says).
            headers[HeaderNames.XFrameOptions] = "DENY";
            // Same-origin only: no address of this site (a clinic page, a patient id) reaches another.
            SetIfAbsent(headers, "Referrer-Policy", "same-origin");
            SetIfAbsent(headers, "Permissions-Policy", PermissionsPolicy);
            SetIfAbsent(headers, "Cross-Origin-Opener-Policy", "same-origin");
            SetIfAbsent(headers, "Cross-Origin-Resource-Policy", "same-origin");
            headers.Remove(HeaderNames.Server);
            headers.Remove("X-Powered-By");
            return Task.CompletedTask;
        }, context);
        return next(context);
    }

    private static void SetIfAbsent(IHeaderDictionary headers, string name, string value)
    {
        if (!headers.ContainsKey(name))
        {
            headers[name] = value;
        }
    }
}
