using Microsoft.EntityFrameworkCore;
using PiriformisRehab.Web.Data;

namespace PiriformisRehab.Web.Extensions;

internal static class DataExtensions
{
    /// <summary>
    /// SQLite through a context factory: one short-lived context per operation, never a context
    /// held by a circuit. Without ConnectionStrings:Default the database lives in the user's local
    /// application data folder, outside the source tree and the publish folder.
    /// </summary>
    public static void AddAppDatabase(this WebApplicationBuilder builder)
    {
        var connectionString = builder.Configuration.GetConnectionString("Default") ?? DefaultConnectionString();
        builder.Services.AddDbContextFactory<AppDbContext>(options => options.UseSqlite(connectionString));
    }

    private static string DefaultConnectionString()
    {
        var folder = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "PiriformisRehab");
        Directory.CreateDirectory(folder);
        return $"Data Source={Path.Combine(folder, "piriformis.db")}";
    }

    /// <summary>Applies pending migrations at start-up (never EnsureCreated: the data must survive upgrades).</summary>
    public static async Task MigrateDatabaseAsync(this WebApplication app)
    {
        var factory = app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>();
        await using var db = await factory.CreateDbContextAsync();
        await db.Database.MigrateAsync();
    }
}
