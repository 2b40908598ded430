using Microsoft.Extensions.Diagnostics.HealthChecks;
using PiriformisRehab.Web.Data;
using PiriformisRehab.Web.Features.Health;
using PiriformisRehab.Web.Hosting;
using PiriformisRehab.Web.Middleware;
using PiriformisRehab.Web.Options;

namespace PiriformisRehab.Web.Extensions;

internal static class HealthExtensions
{
    public const string LivePath = "/health/live";
    public const string ReadyPath = "/health/ready";
    private const string ReadyTag = "ready";

    /// <summary>
    /// Liveness (the process answers) and readiness (the database answers and the instance is not
    /// shutting down), plus the short, configurable shutdown that fails readiness before draining.
    /// </summary>
    public static void AddAppHealth(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<ShutdownOptions>().BindConfiguration(ShutdownOptions.Section)
            .Validate(o => o.IsValid(), "Shutdown:UnreadyDelay and Shutdown:DrainTimeout must be between 0 and 5 minutes.")
            .ValidateOnStart();
        var shutdown = builder.Configuration.GetSection(ShutdownOptions.Section).Get<ShutdownOptions>() ?? new ShutdownOptions();
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = shutdown.UnreadyDelay + shutdown.DrainTimeout);

        builder.Services.AddSingleton<DrainState>();
        builder.Services.AddHostedService<DrainOnShutdown>();
        builder.Services.AddHealthChecks()
            .AddCheck<ReadinessCheck>("not-shutting-down", tags: [ReadyTag])
            .AddDbContextCheck<AppDbContext>("database", tags: [ReadyTag])
            .AddCheck<MigrationsAppliedCheck>("migrations", tags: [ReadyTag]);
    }

    /// <summary>Ahead of everything else that answers requests, so a draining instance refuses circuits at once.</summary>
    public static void UseCircuitGate(this WebApplication app) => app.UseMiddleware<CircuitGate>();

    public static void MapAppHealth(this WebApplication app)
    {
        app.MapHealthChecks(LivePath, new() { Predicate = _ => false, ResponseWriter = HealthReportWriter.WriteAsync });
        app.MapHealthChecks(ReadyPath, new()
        {
            Predicate = check => check.Tags.Contains(ReadyTag),
            ResponseWriter = HealthReportWriter.WriteAsync,
            ResultStatusCodes =
            {
                [HealthStatus.Healthy] = StatusCodes.Status200OK,
                [HealthStatus.Degraded] = StatusCodes.Status503ServiceUnavailable,
                [HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable,
            },
        });
    }
}
