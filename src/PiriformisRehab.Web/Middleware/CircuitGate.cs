using PiriformisRehab.Web.Hosting;

namespace PiriformisRehab.Web.Middleware;

/// <summary>
/// While the instance drains, every new connection to Blazor's hub (negotiate, connect, reconnect)
/// gets 503, so no circuit starts on an instance about to go; circuits already connected keep
/// their open connection until the drain ends.
/// </summary>
internal sealed class CircuitGate(RequestDelegate next, DrainState state)
{
    public const string HubPath = "/_blazor";

    public Task InvokeAsync(HttpContext context)
    {
        if (state.IsDraining && context.Request.Path.StartsWithSegments(HubPath))
        {
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            context.Response.Headers.RetryAfter = "1";
            return Task.CompletedTask;
        }

        return next(context);
    }
}
