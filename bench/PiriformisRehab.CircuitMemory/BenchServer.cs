using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Serilog;

namespace PiriformisRehab.CircuitMemory;

/// <summary>
/// The real app, in this process, on a loopback Kestrel port: the same set-up as the end-to-end
/// tests. Its only addition is a circuit handler that counts circuits, so every measurement can
/// say how many circuits were really live on the server.
/// </summary>
internal sealed class BenchServer : WebApplicationFactory<global::Program> // The app's Program, not this harness's.
{
    public CircuitCounter Circuits { get; } = new();

    /// <summary>Idle HTTP keep-alive; the settle time before a measurement must be longer.</summary>
    public static readonly TimeSpan KeepAlive = TimeSpan.FromSeconds(2);

    public Uri BaseAddress => ClientOptions.BaseAddress;

    public static BenchServer Start()
    {
        // WebApplicationFactory reads the app's content root from MvcTestingAppManifest.json in the
        // current directory; `dotnet run` starts here in the repository root, test runners in bin/.
        Directory.SetCurrentDirectory(AppContext.BaseDirectory);
        var server = new BenchServer();
        server.UseKestrel(0);
        server.StartServer();
        // The request-logging middleware writes through the static Serilog logger, which the app
        // leaves as its Information-level bootstrap logger (preserveStaticLogger), so configuration
        // does not quiet it; one line per request would flood the report.
        Log.Logger = new LoggerConfiguration().MinimumLevel.Warning().WriteTo.Console().CreateLogger();
        return server;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        // Package assets (MudBlazor, the Blazor script) are found through the build manifest, which
        // only the Development environment reads by default.
        builder.UseStaticWebAssets();
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        builder.ConfigureServices(services =>
        {
            // Each page opens about six HTTP/1.1 connections for its assets, which Kestrel keeps
            // open for two minutes by default: ~13 KB each that belong to no circuit. A short
            // keep-alive lets them close while the harness settles; upgraded WebSocket connections
            // (the circuits') are not affected by it.
            services.Configure<KestrelServerOptions>(kestrel => kestrel.Limits.KeepAliveTimeout = KeepAlive);
            services.AddSingleton(Circuits);
            services.AddSingleton<CircuitHandler, CountingCircuitHandler>();
            // A bench-only interactive page with nothing in it: the floor any circuit costs here.
            services.AddSingleton<IStartupFilter, TrivialPageStartupFilter>();
        });
    }
}

/// <summary>Circuits opened and closed, as the server saw them.</summary>
internal sealed class CircuitCounter
{
    private int _opened;
    private int _closed;
    private int _connected;

    public int Opened => Volatile.Read(ref _opened);

    public int Closed => Volatile.Read(ref _closed);

    /// <summary>Circuits the server still holds (connected or disconnected but retained).</summary>
    public int Live => Opened - Closed;

    /// <summary>Circuits with a live connection.</summary>
    public int Connected => Volatile.Read(ref _connected);

    public void OnOpened() => Interlocked.Increment(ref _opened);

    public void OnClosed() => Interlocked.Increment(ref _closed);

    public void OnUp() => Interlocked.Increment(ref _connected);

    public void OnDown() => Interlocked.Decrement(ref _connected);

    /// <summary>Waits, up to <paramref name="timeout"/>, until the server holds <paramref name="count"/> circuits.</summary>
    public async Task<bool> WaitForLiveAsync(int count, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (Live != count)
        {
            if (DateTime.UtcNow > deadline)
            {
                return false;
            }

            await Task.Delay(100);
        }

        return true;
    }
}

internal sealed class CountingCircuitHandler(CircuitCounter counter) : CircuitHandler
{
    public override Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        counter.OnOpened();
        return Task.CompletedTask;
    }

    public override Task OnCircuitClosedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        counter.OnClosed();
        return Task.CompletedTask;
    }

    public override Task OnConnectionUpAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        counter.OnUp();
        return Task.CompletedTask;
    }

    public override Task OnConnectionDownAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        counter.OnDown();
        return Task.CompletedTask;
    }
}
