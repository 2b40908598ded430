namespace PiriformisRehab.Web.Middleware;

/// <summary>
/// HEAD is answered as GET without the body (RFC 9110 9.3.2): Blazor pages and minimal API
/// endpoints map GET only, so a HEAD (curl -I, link checkers, uptime probes) got a 404. The
/// request runs as a GET with the body discarded; the method is HEAD again before Kestrel writes
/// the response, so nothing but the headers goes out.
/// </summary>
internal sealed class HeadRequestMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await next(context);
            return;
        }

        var body = context.Response.Body;
        context.Request.Method = HttpMethods.Get;
        context.Response.Body = Stream.Null;
        try
        {
            await next(context);
        }
        finally
        {
            context.Request.Method = HttpMethods.Head;
            context.Response.Body = body;
        }
    }
}
