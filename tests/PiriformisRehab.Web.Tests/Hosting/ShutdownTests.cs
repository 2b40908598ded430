using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using PiriformisRehab.Web.Hosting;
using PiriformisRehab.Web.Tests.Infrastructure;

namespace PiriformisRehab.Web.Tests.Hosting;

/// <summary>An instance leaving a load balancer: unready and closed to new circuits before it stops.</summary>
public sealed class ShutdownTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ARunningInstanceIsReadyAndAcceptsCircuits()
    {
        await using var app = new AppFactory();
        using var client = app.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await NegotiateAsync(client)).StatusCode);
    }

    [Fact]
    public async Task OnShutdownReadinessFailsAndNewCircuitsAreRefusedWhilePagesAreStillServed()
    {
        // A long delay, cut short below: the checks must not race the delay on a busy machine.
        await using var app = new AppFactory { Settings = new Dictionary<string, string?> { ["Shutdown:UnreadyDelay"] = "00:01:00" } };
        using var client = app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready", Ct)).StatusCode);
        var drain = app.Services.GetRequiredService<DrainState>();
        using var stopNow = CancellationTokenSource.CreateLinkedTokenSource(Ct);

        var stopping = app.Host!.StopAsync(stopNow.Token);
        await WaitUntilAsync(() => drain.IsDraining);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/health/ready", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await NegotiateAsync(client)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/", Ct)).StatusCode);
        Assert.False(stopping.IsCompleted, "The host stopped before the unready delay ended.");
        await stopNow.CancelAsync();
        await stopping;
    }

    [Fact]
    public async Task TheShutdownTimeoutIsTheUnreadyDelayPlusTheDrainTimeout()
    {
        await using var app = new AppFactory
        {
            Settings = new Dictionary<string, string?> { ["Shutdown:UnreadyDelay"] = "00:00:01", ["Shutdown:DrainTimeout"] = "00:00:04" },
        };
        using var client = app.CreateClient();

        Assert.Equal(TimeSpan.FromSeconds(5), app.Services.GetRequiredService<IOptions<HostOptions>>().Value.ShutdownTimeout);
    }

    [Fact]
    public async Task ADrainTimeoutBeyondFiveMinutesIsRefusedAtStartUp()
    {
        await using var app = new AppFactory { Settings = new Dictionary<string, string?> { ["Shutdown:DrainTimeout"] = "00:30:00" } };

        var error = Assert.Throws<OptionsValidationException>(() => app.CreateClient());
        Assert.Contains("Shutdown:", error.Message, StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> NegotiateAsync(HttpClient client)
    {
        using var empty = new StringContent(string.Empty);
        return await client.PostAsync("/_blazor/negotiate?negotiateVersion=1", empty, Ct);
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var waited = 0; !condition(); waited += 10)
        {
            Assert.True(waited < 5_000, "The instance never began draining.");
            await Task.Delay(10, Ct);
        }
    }
}
