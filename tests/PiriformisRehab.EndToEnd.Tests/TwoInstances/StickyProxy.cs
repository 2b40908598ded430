using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Yarp.ReverseProxy;
using Yarp.ReverseProxy.Configuration;
using Yarp.ReverseProxy.Model;
using Yarp.ReverseProxy.Transforms;

namespace PiriformisRehab.EndToEnd.Tests.TwoInstances;

/// <summary>
/// A load balancer on a loopback port (YARP, as the README's sticky-session example): new visitors
/// go round-robin, a cookie keeps each one on its instance (Blazor circuits live in one process),
/// and an instance that fails /health/ready is taken out so its visitors move to the survivor.
/// Each response names the instance that served it (X-Served-By) so the test can see where it landed.
/// </summary>
internal sealed class StickyProxy : IAsyncDisposable
{
    public const string ClusterId = "piriformis";
    public const string AffinityCookie = "piriformis-instance";
    public const string ServedByHeader = "X-Served-By";

    private readonly WebApplication _app;

    private StickyProxy(WebApplication app) => _app = app;

    public Uri Address => new(_app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

    public static async Task<StickyProxy> StartAsync(IEnumerable<AppProcess> instances)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddReverseProxy()
            .LoadFromMemory(
                [new RouteConfig { RouteId = "all", ClusterId = ClusterId, Match = new RouteMatch { Path = "{**catch-all}" } }],
                [
                    new ClusterConfig
                    {
                        ClusterId = ClusterId,
                        LoadBalancingPolicy = "RoundRobin",
                        SessionAffinity = new SessionAffinityConfig
                        {
                            Enabled = true,
                            Policy = "Cookie",
                            FailurePolicy = "Redistribute",
                            AffinityKeyName = AffinityCookie,
                        },
                        HealthCheck = new HealthCheckConfig
                        {
                            Active = new ActiveHealthCheckConfig
                            {
                                Enabled = true,
                                Interval = TimeSpan.FromMilliseconds(500),
                                // A starting instance JITs its first probes; on a busy machine 1 s was too short and two
                                // slow answers took a healthy instance out before the browsers arrived.
                                Timeout = TimeSpan.FromSeconds(5),
                                Policy = "ConsecutiveFailures",
                                Path = "/health/ready",
                            },
                        },
                        Destinations = instances.ToDictionary(i => i.Name, i => new DestinationConfig { Address = i.Address.ToString() }),
                    },
                ])
            .AddTransforms(context =>
            {
                // Pass the visitor's Host through, as HAProxy does: the app builds redirects from it,
                // and with the instance's own address the browser would leave the proxy.
                context.AddOriginalHost(true);
                context.AddResponseTransform(transform =>
                {
                    if (transform.HttpContext.Features.Get<IReverseProxyFeature>()?.ProxiedDestination is { } destination)
                    {
                        transform.HttpContext.Response.Headers[ServedByHeader] = destination.DestinationId;
                    }

                    return ValueTask.CompletedTask;
                });
            });
        var app = builder.Build();
        app.MapReverseProxy();
        await app.StartAsync();
        var proxy = new StickyProxy(app);
        // Browsers are only sent in once the balancer's own probe has seen every instance ready,
        // so round-robin really spreads them.
        foreach (var instance in instances)
        {
            await proxy.WaitUntilAsync(instance.Name, DestinationHealth.Healthy, 30_000);
        }

        return proxy;
    }

    /// <summary>Waits until the balancer's own probe has taken the instance out of rotation.</summary>
    public Task WaitUntilUnhealthyAsync(string instance) => WaitUntilAsync(instance, DestinationHealth.Unhealthy, 15_000);

    private async Task WaitUntilAsync(string instance, DestinationHealth health, int timeoutMs)
    {
        var state = _app.Services.GetRequiredService<IProxyStateLookup>();
        for (var waited = 0; ; waited += 100)
        {
            Assert.True(waited < timeoutMs, $"The proxy's probe did not see {instance} {health} within {timeoutMs / 1000} s.");
            if (state.TryGetCluster(ClusterId, out var cluster)
                && cluster.Destinations.TryGetValue(instance, out var destination)
                && destination.Health.Active == health)
            {
                return;
            }

            await Task.Delay(100);
        }
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();
}
