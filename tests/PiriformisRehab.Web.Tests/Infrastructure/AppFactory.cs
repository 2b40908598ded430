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
    public IReadOnlyDictionary<string, string?> Settings { get; init; } = new Dictionary<string, string?>();

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
        builder.UseSetting("Email:PickupDirectory", MailPickupDirectory);
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        if (Clock is { } clock)
        {
            builder.ConfigureTestServices(services => services.AddSingleton(clock));
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
