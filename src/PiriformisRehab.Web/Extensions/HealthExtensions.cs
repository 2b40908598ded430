using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Net.Http.Headers;
using PiriformisRehab.Web.Features.Health;

namespace PiriformisRehab.Web.Extensions;

internal static class HealthExtensions
{
    public const string LivePath = "/health/live";
    public const string ReadyPath = "/health/ready";
    private const string ReadyTag = "ready";

    public static void AddHealth(this WebApplicationBuilder builder) =>
        builder.Services.AddHealthChecks().AddCheck<DatabaseReadyCheck>("database", tags: [ReadyTag]);

    /// <summary>
    /// Live: the process answers (no checks). Ready: the database is reachable and migrated.
    /// Answered before request logging, so probes every few seconds do not flood the log.
    /// </summary>
    public static void UseHealth(this WebApplication app)
    {
        app.UseHealthChecks(LivePath, Options(_ => false));
        app.UseHealthChecks(ReadyPath, Options(check => check.Tags.Contains(ReadyTag)));
    }

    private static HealthCheckOptions Options(Func<HealthCheckRegistration, bool> predicate) => new()
    {
        Predicate = predicate,
        AllowCachingResponses = false,
        ResponseWriter = WriteAsync,
    };

    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.Headers[HeaderNames.CacheControl] = "no-store";
        var checks = report.Entries.ToDictionary(e => e.Key, e => new HealthEntry(e.Value.Status.ToString(), e.Value.Description));
        return context.Response.WriteAsync(JsonSerializer.Serialize(new HealthBody(report.Status.ToString(), checks), HealthJson.Default.HealthBody));
    }
}
