using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Playwright;

namespace PiriformisRehab.EndToEnd.Tests.Infrastructure;

/// <summary>
/// The real app on a loopback Kestrel port and one headless Chromium, shared by the whole
/// assembly (starting them once keeps the browser suite to seconds).
/// </summary>
public sealed class AppServer : IAsyncLifetime
{
    private readonly Factory _factory = new();
    private IPlaywright? _playwright;

    public IBrowser? Browser { get; private set; }

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    /// <summary>The running app's services, for arranging data no page can create (such as a patient's diary).</summary>
    public IServiceProvider Services => _factory.Services;

    public static string ArtifactsDirectory { get; } = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(BrowserRequirement.ChromiumPath))
        {
            return; // Each test reports the skip (or, in CI, the failure) with its reason.
        }

        // A port chosen up front, so the app's PublicBaseUrl (which builds patient links) is this
        // server's own address.
        _factory.UseKestrel(_factory.Port);
        _factory.StartServer();
        BaseAddress = _factory.ClientOptions.BaseAddress;
        Directory.CreateDirectory(ArtifactsDirectory);

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = BrowserRequirement.ChromiumPath,
            Headless = true,
            // Without the background-networking flags Chromium tries Google's hosts on a closed network.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>A fresh context (no cookies, empty storage) at a viewport, in the machine's time zone or <paramref name="timezoneId"/>, with or without JavaScript.</summary>
    public async Task<IPage> NewPageAsync(Viewport viewport, string? timezoneId = null, bool javaScript = true)
    {
        BrowserRequirement.EnsureChromium();
        var context = await Browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = viewport.Width, Height = viewport.Height },
            IsMobile = viewport.IsMobile,
            HasTouch = viewport.IsMobile,
            TimezoneId = timezoneId,
            JavaScriptEnabled = javaScript,
        });
        context.SetDefaultTimeout(15_000);
        BrowserContexts.Track(context);
        await CspWatch.WatchAsync(context);
        return await context.NewPageAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await _factory.DisposeAsync();
    }

    private sealed class Factory : WebApplicationFactory<Program>
    {
        private readonly string _database = Path.Combine(Path.GetTempPath(), $"piriformis-e2e-{Guid.NewGuid():N}.db");

        public int Port { get; } = FreePort();

        private static int FreePort()
        {
            using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
            listener.Start();
            return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        }

        public override async ValueTask DisposeAsync()
        {
            await base.DisposeAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var file in new[] { _database, _database + "-wal", _database + "-shm" })
            {
                File.Delete(file);
            }
        }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseSetting("ConnectionStrings:Default", $"Data Source={_database}");
            builder.UseSetting("Shutdown:UnreadyDelay", "00:00:00");
            builder.UseEnvironment("Testing");
            // Package assets (MudBlazor, the Blazor script) are found through the build manifest, which
            // only the Development environment reads by default.
            builder.UseStaticWebAssets();
            builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
            builder.UseSetting("PublicBaseUrl", $"http://127.0.0.1:{Port}");
            // The whole browser suite comes from one address; the limits have their own tests.
            builder.UseSetting("RateLimiting:Enabled", "false");
            builder.UseSetting("Email:PickupDirectory", TestMail.Directory);
        }
    }
}

/// <summary>The viewports every flow is checked at.</summary>
public sealed record Viewport(string Name, int Width, int Height, bool IsMobile)
{
    public static readonly Viewport Phone = new("phone", 360, 740, true);
    public static readonly Viewport Desktop = new("desktop", 1280, 900, false);

    public override string ToString() => Name;
}
