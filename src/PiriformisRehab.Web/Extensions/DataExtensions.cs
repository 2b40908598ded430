using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PiriformisRehab.Web.Data;
using PiriformisRehab.Web.Data.Providers;
using PiriformisRehab.Web.Options;

namespace PiriformisRehab.Web.Extensions;

internal static class DataExtensions
{
    /// <summary>The first argument that runs the migrations and exits instead of serving.</summary>
    public const string MigrateCommand = "migrate";

    /// <summary>
    /// One setting (Database:Provider) picks SQLite or PostgreSQL; either way the rest of the app
    /// asks for <see cref="AppDbContext"/> through a context factory: one short-lived context per
    /// operation, never a context held by a circuit. Without ConnectionStrings:Default, SQLite lives
    /// in the user's local application data folder, outside the source tree and the publish folder.
    /// </summary>
    public static void AddAppDatabase(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        var database = builder.Configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var connectionString = builder.Configuration.GetConnectionString("Default");
        switch (database.Provider)
        {
            case DatabaseProvider.PostgreSql:
                if (string.IsNullOrWhiteSpace(connectionString))
                {
                    throw new OptionsValidationException(DatabaseOptions.Section, typeof(DatabaseOptions), ["Database:Provider PostgreSql needs ConnectionStrings:Default (for example Host=127.0.0.1;Port=5432;Database=piriformis;Username=piriformis)."]);
                }

                builder.Services.AddAppDbContext<PostgreSqlAppDbContext>(options => options.UseNpgsql(connectionString));
                break;
            default:
                var sqlite = connectionString ?? DefaultSqliteConnectionString();
                builder.Services.AddAppDbContext<SqliteAppDbContext>(options => options.UseSqlite(sqlite));
                break;
        }

        builder.Services.AddDataProtection()
            .SetApplicationName(DataProtectionApplicationName)
            .PersistKeysToDbContext<AppDbContext>();
    }

    /// <summary>
    /// Every instance must protect and unprotect with the same purpose root, whatever directory it
    /// runs from (the default name is the content root path, which differs between hosts).
    /// </summary>
    public const string DataProtectionApplicationName = "PiriformisRehab";

    private static void AddAppDbContext<TContext>(this IServiceCollection services, Action<DbContextOptionsBuilder> configure)
        where TContext : AppDbContext
    {
        // Pooled: the kept patient pages check their link on every request (ADR-017), and a
        // context from the pool skips building one each time. A context holds no state of ours.
        services.AddPooledDbContextFactory<TContext>(configure);
        services.AddScoped<TContext>(sp => sp.GetRequiredService<IDbContextFactory<TContext>>().CreateDbContext());
        services.AddSingleton<IDbContextFactory<AppDbContext>>(sp => new AppContextFactory<TContext>(sp.GetRequiredService<IDbContextFactory<TContext>>()));
        // Identity's stores and the Data Protection key store ask for the base type per scope.
        services.AddScoped<AppDbContext>(sp => sp.GetRequiredService<TContext>());
    }

    private static string DefaultSqliteConnectionString()
    {
        var folder = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "PiriformisRehab");
        Directory.CreateDirectory(folder);
        return $"Data Source={Path.Combine(folder, "piriformis.db")}";
    }

    public static bool IsMigrateCommand(string[] args) => args.Length > 0 && string.Equals(args[0], MigrateCommand, StringComparison.OrdinalIgnoreCase);

    /// <summary>Applies pending migrations at start-up unless Database:MigrateAtStartup is off (never EnsureCreated: the data must survive upgrades).</summary>
    public static async Task MigrateAtStartupAsync(this WebApplication app)
    {
        if (app.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value.MigrateAtStartup)
        {
            await app.MigrateDatabaseAsync();
        }
    }

    /// <summary>
    /// Applies pending migrations, then makes sure the shared key ring holds a key, so instances
    /// started after this step never each create a first key of their own at the same moment.
    /// </summary>
    public static async Task MigrateDatabaseAsync(this WebApplication app)
    {
        var factory = app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>();
        await using (var db = await factory.CreateDbContextAsync())
        {
            await db.Database.MigrateAsync();
        }

        app.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("PiriformisRehab.KeyRingReady").Protect("ready"u8.ToArray());
    }

    private sealed class AppContextFactory<TContext>(IDbContextFactory<TContext> inner) : IDbContextFactory<AppDbContext>
        where TContext : AppDbContext
    {
        public AppDbContext CreateDbContext() => inner.CreateDbContext();

        public async Task<AppDbContext> CreateDbContextAsync(CancellationToken cancellationToken = default) =>
            await inner.CreateDbContextAsync(cancellationToken);
    }
}
