using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using PiriformisRehab.Web.Data;
using PiriformisRehab.Web.Data.Providers;
using PiriformisRehab.Web.Options;
using PiriformisRehab.Web.Tests.Infrastructure;

namespace PiriformisRehab.Web.Tests.Data;

public sealed class MigrationTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task StartUpAppliesEveryMigrationToAnEmptyDatabase()
    {
        using var client = factory.CreateClient();
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(Ct);

        Assert.Empty(await db.Database.GetPendingMigrationsAsync(Ct));
        Assert.NotEmpty(await db.Database.GetAppliedMigrationsAsync(Ct));
        Assert.Equal(factory.Database.Provider == DatabaseProvider.PostgreSql, db.Database.IsNpgsql());
    }

    /// <summary>Every model change adds a migration to both providers; neither needs a server to check.</summary>
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public void ModelHasNoChangesMissingFromTheMigrations(DatabaseProvider provider)
    {
        using var db = DesignTimeContext(provider);

        Assert.False(db.Database.HasPendingModelChanges(), $"The model changed without a {provider} migration: run dotnet ef migrations add <Name> --context {db.GetType().Name} --output-dir Data/Migrations/{provider}.");
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public void EachProviderRunsOnlyTheMigrationsInItsOwnFolder(DatabaseProvider provider)
    {
        using var db = DesignTimeContext(provider);
        var migrations = db.GetService<IMigrationsAssembly>().Migrations.Values;

        Assert.NotEmpty(migrations);
        Assert.All(migrations, m => Assert.Equal($"PiriformisRehab.Web.Data.Migrations.{provider}", m.Namespace));
    }

    [Fact]
    public async Task WithMigrateAtStartupOffTheAppLeavesAnEmptyDatabaseToTheMigrateStep()
    {
        await using var app = new AppFactory { Settings = new Dictionary<string, string?> { ["Database:MigrateAtStartup"] = "false" } };
        using var client = app.CreateClient();
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(Ct);

        Assert.Empty(await db.Database.GetAppliedMigrationsAsync(Ct));
    }

    [Fact]
    public async Task TheMigrateCommandMigratesCreatesTheSharedKeyAndExits()
    {
        await using var database = TestDatabase.Create();
        using var process = Process.Start(new ProcessStartInfo("dotnet", [WebApp.DllPath, "migrate"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment =
            {
                ["Database__Provider"] = database.Provider.ToString(),
                ["ConnectionStrings__Default"] = database.ConnectionString,
                ["ASPNETCORE_ENVIRONMENT"] = "Testing",
            },
        })!;
        var output = process.StandardOutput.ReadToEndAsync(Ct);
        var errors = process.StandardError.ReadToEndAsync(Ct);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(90));
        await process.WaitForExitAsync(timeout.Token);

        Assert.True(process.ExitCode == 0, $"migrate exited {process.ExitCode}: {await output}{await errors}");
        await using var db = database.Open();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync(Ct));
        Assert.NotEmpty(await db.DataProtectionKeys.ToListAsync(Ct));
    }

    private static AppDbContext DesignTimeContext(DatabaseProvider provider) => provider == DatabaseProvider.PostgreSql
        ? new PostgreSqlDesignTimeFactory().CreateDbContext([])
        : new SqliteDesignTimeFactory().CreateDbContext([]);
}
