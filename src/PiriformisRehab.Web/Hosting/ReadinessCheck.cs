using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace PiriformisRehab.Web.Hosting;

/// <summary>Unready from the moment the instance begins to shut down, so the balancer stops sending it visitors.</summary>
internal sealed class ReadinessCheck(DrainState state) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(state.IsDraining ? HealthCheckResult.Unhealthy("shutting down") : HealthCheckResult.Healthy());
}
