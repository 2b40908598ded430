using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Net.Http.Headers;

namespace PiriformisRehab.Web.Features.Health;

/// <summary>A probe's answer as JSON: the overall status and one line per check, never exception details.</summary>
internal static class HealthReportWriter
{
    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.Headers[HeaderNames.CacheControl] = "no-store";
        var checks = report.Entries.ToDictionary(e => e.Key, e => new HealthEntry(e.Value.Status.ToString(), e.Value.Description));
        return context.Response.WriteAsync(JsonSerializer.Serialize(new HealthBody(report.Status.ToString(), checks), HealthJson.Default.HealthBody));
    }
}
