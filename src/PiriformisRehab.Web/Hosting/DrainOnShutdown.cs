using Microsoft.Extensions.Options;
using PiriformisRehab.Web.Options;

namespace PiriformisRehab.Web.Hosting;

/// <summary>
/// Runs before Kestrel stops (hosted-service "stopping" runs ahead of every StopAsync): fail
/// readiness, refuse new circuits, keep serving for the unready delay so the balancer notices,
/// then let the server stop.
/// </summary>
internal sealed partial class DrainOnShutdown(DrainState state, IOptions<ShutdownOptions> options, ILogger<DrainOnShutdown> logger) : IHostedLifecycleService
{
    public async Task StoppingAsync(CancellationToken cancellationToken)
    {
        state.BeginDraining();
        LogDraining(logger, options.Value.UnreadyDelay.TotalSeconds);
        try
        {
            await Task.Delay(options.Value.UnreadyDelay, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // The host's shutdown timeout ran out first: stop now.
        }
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Shutting down: readiness fails and new circuits are refused for {Seconds} s before the server stops")]
    private static partial void LogDraining(ILogger logger, double seconds);
}
