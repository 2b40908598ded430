using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Serilog;

namespace PiriformisRehab.ClinicScale;

/// <summary>
/// The real app, in this process, on a loopback Kestrel port (as bench/PiriformisRehab.CircuitMemory
/// hosts it), on its own SQLite file in a temporary folder, with the limits off, e-mail to a pickup
/// folder beside the database, a clock the bench can move on, and the server-time middleware.
/// </summary>
internal sealed class ScaleServer : WebApplicationFactory<global::Program> // The app's Program, not this harness's.
{
    private ScaleServer(string folder) => Folder = folder;

    /// <summary>The temporary folder holding the database and the mail pickup folder.</summary>
    public string Folder { get; }

    public string DatabasePath => Path.Combine(Folder, "clinic-scale.db");

    public MovableClock Clock { get; } = new();

    public ServerTimings Timings { get; } = new();

    public Uri BaseAddress => ClientOptions.BaseAddress;

    public static ScaleServer Start()
    {
        // WebApplicationFactory reads the app's content root from MvcTestingAppManifest.json in the
        // current directory; `dotnet run` starts in the repository root.
        Directory.SetCurrentDirectory(AppContext.BaseDirectory);
        var folder = Path.Combine(Path.GetTempPath(), "clinic-scale-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        var server = new ScaleServer(folder);
        server.UseKestrel(0);
        server.StartServer();
        // The request-logging middleware writes through the static Serilog logger, which the app
        // leaves as its Information-level bootstrap logger; one line per request would flood the
        // report and cost time inside the measured pipeline.
        Log.Logger = new LoggerConfiguration().MinimumLevel.Warning().WriteTo.Console().CreateLogger();
        return server;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        // Package assets are found through the build manifest, which only Development reads by default.
        builder.UseStaticWebAssets();
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("Database:MigrateAtStartup", "true");
        builder.UseSetting("ConnectionStrings:Default", $"Data Source={DatabasePath}");
        // One client sends thousands of requests and check-ins: the limits would answer 429.
        builder.UseSetting("RateLimiting:Enabled", "false");
        builder.UseSetting("Email:PickupDirectory", Path.Combine(Folder, "mail-pickup"));
        builder.UseSetting("Instance:Name", "clinic-scale");
        builder.UseSetting("Shutdown:UnreadyDelay", "00:00:00");
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            services.AddSingleton<IStartupFilter>(Timings);
        });
    }

    /// <summary>Stops the app and deletes the temporary folder unless asked to keep it.</summary>
    public async ValueTask StopAsync(bool keep)
    {
        await DisposeAsync();
        SqliteConnection.ClearAllPools();
        if (!keep && Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }
}
