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
                                Timeout = TimeSpan.FromSeconds(1),
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
        return new StickyProxy(app);
    }

    /// <summary>Waits until the balancer's own probe has taken the instance out of rotation.</summary>
    public async Task WaitUntilUnhealthyAsync(string instance)
    {
        var state = _app.Services.GetRequiredService<IProxyStateLookup>();
        for (var waited = 0; ; waited += 100)
        {
            Assert.True(waited < 15_000, $"The proxy still routes to {instance} 15 s after it died.");
            if (state.TryGetCluster(ClusterId, out var cluster)
                && cluster.Destinations.TryGetValue(instance, out var destination)
                && destination.Health.Active == DestinationHealth.Unhealthy)
            {
                return;
            }

            await Task.Delay(100);
        }
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();
}
