using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using PiriformisRehab.Web.Tests.Infrastructure;

namespace PiriformisRehab.Web.Tests.Hosting;

/// <summary>The same shutdown with the real server: SIGTERM, as an orchestrator sends it.</summary>
public sealed class ShutdownProcessTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task OnSigtermTheServerFailsReadinessAndRefusesCircuitsThenExitsCleanly()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux() || OperatingSystem.IsMacOS(), "SIGTERM is sent with kill(1).");
        await using var database = TestDatabase.Create();
        var address = new Uri($"http://127.0.0.1:{FreePort()}/");
        using var app = Process.Start(new ProcessStartInfo("dotnet", [WebApp.DllPath])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment =
            {
                ["ASPNETCORE_URLS"] = address.ToString().TrimEnd('/'),
                ["ASPNETCORE_ENVIRONMENT"] = "Testing",
                ["Database__Provider"] = database.Provider.ToString(),
                ["ConnectionStrings__Default"] = database.ConnectionString,
                // Long enough for the checks below on a busy machine; the test then waits it out.
                ["Shutdown__UnreadyDelay"] = "00:00:15",
                ["Shutdown__DrainTimeout"] = "00:00:01",
            },
        })!;
        var output = app.StandardOutput.ReadToEndAsync(Ct);
        var errors = app.StandardError.ReadToEndAsync(Ct);
        try
        {
            using var http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(5) };
            await WaitUntilReadyAsync(http, app);

            using (var kill = Process.Start("kill", ["-TERM", app.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                await kill.WaitForExitAsync(Ct);
            }

            // The signal is handled on its own thread: readiness flips within moments, while the
            // server still listens for the rest of the unready delay.
            await WaitUntilUnreadyAsync(http);
            using var empty = new StringContent(string.Empty);
            using var negotiate = await http.PostAsync("_blazor/negotiate?negotiateVersion=1", empty, Ct);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, negotiate.StatusCode);
            using var home = await http.GetAsync("/", Ct);
            Assert.Equal(HttpStatusCode.OK, home.StatusCode);

            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Ct);
            timeout.CancelAfter(TimeSpan.FromSeconds(60));
            await app.WaitForExitAsync(timeout.Token);
            Assert.True(app.ExitCode == 0, $"Exit code {app.ExitCode}: {await output}{await errors}");
        }
        finally
        {
            if (!app.HasExited)
            {
                app.Kill();
            }
        }
    }

    private static async Task WaitUntilReadyAsync(HttpClient http, Process app)
    {
        for (var waited = 0; ; waited += 200)
        {
            Assert.False(app.HasExited, "The app exited while starting.");
            Assert.True(waited < 60_000, "The app was not ready within 60 s.");
            try
            {
                using var ready = await http.GetAsync("health/ready", Ct);
                if (ready.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(200, Ct);
        }
    }

    private static async Task WaitUntilUnreadyAsync(HttpClient http)
    {
        for (var waited = 0; ; waited += 50)
        {
            Assert.True(waited < 10_000, "Readiness did not fail within 10 s of SIGTERM.");
            using var ready = await http.GetAsync("health/ready", Ct);
            if (ready.StatusCode == HttpStatusCode.ServiceUnavailable)
            {
                return;
            }

            await Task.Delay(50, Ct);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
