using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace PiriformisRehab.Web.Tests.Infrastructure;

/// <summary>
/// The real app in memory on its own fresh database: a temporary SQLite file, or a PostgreSQL
/// database when the run asks for it (<see cref="TestDatabase"/>); never EF InMemory.
/// </summary>
public sealed class AppFactory : WebApplicationFactory<Program>
{
    /// <summary>When set, the app's clock (dates of diaries and links are then fixed for the test).</summary>
    public TimeProvider? Clock { get; init; }

    /// <summary>Extra settings, applied last.</summary>
    public Dictionary<string, string?> Settings { get; init; } = [];

    /// <summary>The address links are built from (the test server answers as http://localhost).</summary>
    public const string PublicBaseUrl = "http://localhost";

    /// <summary>Rate limits on (off by default: hundreds of test requests come from one client).</summary>
    public bool RateLimited { get; init; }

    /// <summary>
    /// The in-memory server gives every request the same (no) remote address; with this set, a
    /// request's <see cref="TestClientAddress.Header"/> header becomes its remote address, so tests
    /// can be several clients.
    /// </summary>
    public bool ClientAddressFromHeader { get; init; }

    /// <summary>When set, the app sends its e-mail to this SMTP server instead of the pickup folder.</summary>
    public TestSmtpServer? Smtp { get; init; }

    /// <summary>The messages sent to <paramref name="to"/> so far, from the SMTP server or the pickup folder.</summary>
    public IReadOnlyList<MimeKit.MimeMessage> MailTo(string to) =>
        Smtp is { } smtp
            ? [.. smtp.Messages.Where(m => m.To.Mailboxes.Any(a => string.Equals(a.Address, to, StringComparison.OrdinalIgnoreCase)))]
            : MailPickup.Messages(MailPickupDirectory, to);

    /// <summary>Services a test swaps or configures.</summary>
    public Action<IServiceCollection>? TestServices { get; init; }

    public TestDatabase Database { get; } = TestDatabase.Create();

    /// <summary>Where this app writes .eml files when no SMTP server is set (never the user's own data folder).</summary>
    public string MailPickupDirectory { get; } = Path.Combine(Path.GetTempPath(), "piriformis-mail-" + Guid.NewGuid().ToString("N"));

    /// <summary>The host, once started (the shutdown tests stop it themselves).</summary>
    public IHost? Host { get; private set; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        // Package assets (MudBlazor, the Blazor script) are found through the build manifest, which
        // only the Development environment reads by default.
        builder.UseStaticWebAssets();
        // Request lines for hundreds of test requests drown the failures that matter.
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        builder.UseSetting("Database:Provider", Database.Provider.ToString());
        builder.UseSetting("ConnectionStrings:Default", Database.ConnectionString);
        // A fixed name: the default holds the process id, whose digits could match a privacy check.
        builder.UseSetting("Instance:Name", "test-instance");
        // No balancer watches a test host: stop at once (the shutdown tests set their own delay).
        builder.UseSetting("Shutdown:UnreadyDelay", "00:00:00");
        builder.UseSetting("PublicBaseUrl", PublicBaseUrl);
        // Every test client is one client to the limiter; the rate-limit tests switch limits on.
        builder.UseSetting("RateLimiting:Enabled", RateLimited ? "true" : "false");
        builder.UseSetting("Email:PickupDirectory", MailPickupDirectory);
        foreach (var (key, value) in Smtp?.Settings ?? new Dictionary<string, string?>())
        {
            builder.UseSetting(key, value);
        }

        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        if (Clock is { } clock)
        {
            builder.ConfigureTestServices(services => services.AddSingleton(clock));
        }

        if (ClientAddressFromHeader)
        {
            builder.ConfigureTestServices(services => services.AddSingleton<IStartupFilter, TestClientAddress>());
        }

        if (TestServices is { } configure)
        {
            builder.ConfigureTestServices(configure);
        }
    }

    protected override IHost CreateHost(IHostBuilder builder)
    {
        Host = base.CreateHost(builder);
        return Host;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Database.DisposeAsync();
        if (Directory.Exists(MailPickupDirectory))
        {
            Directory.Delete(MailPickupDirectory, recursive: true);
        }
    }
}
