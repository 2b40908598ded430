using PiriformisRehab.Web.Middleware;

namespace PiriformisRehab.Web.Extensions;

internal static class HeadRequestExtensions
{
    public static void UseHeadRequests(this WebApplication app) => app.UseMiddleware<HeadRequestMiddleware>();
}
