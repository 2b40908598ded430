using PiriformisRehab.Web.Middleware;

namespace PiriformisRehab.Web.Extensions;

internal static class ClientErrorExtensions
{
    /// <summary>Inside the exception handlers, so a client's error is answered before they call it a 500.</summary>
    public static void UseClientErrors(this IApplicationBuilder app) => app.UseMiddleware<ClientErrorMiddleware>();
}
