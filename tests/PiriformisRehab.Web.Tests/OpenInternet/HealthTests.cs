using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PiriformisRehab.Web.Tests.Infrastructure;

namespace PiriformisRehab.Web.Tests.OpenInternet;

/// <summary>/health/live answers while the process runs; /health/ready only when the database is reachable and migrated.</summary>
[Collection(nameof(LogCaptureRunsAlone))]
public sealed class HealthTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task LiveAnswersHealthy()
    {
        await using var factory = new AppFactory();

        using var response = await factory.CreateClient().GetAsync("/health/live", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", (await StatusAsync(response)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task ReadyAnswersHealthyWhenTheDatabaseIsMigrated()
    {
        await using var factory = new AppFactory();

        using var response = await factory.CreateClient().GetAsync("/health/ready", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", (await StatusAsync(response)).GetProperty("checks").GetProperty("database").GetProperty("status").GetString());
    }

    [Fact]
    public async Task ReadyAnswersUnavailableWhenMigrationsAreMissing()
    {
        await using var factory = new AppFactory();
        using var client = factory.CreateClient();
        // The newest migration is forgotten: the database is reachable but no longer fully migrated.
        // The same SQL runs on SQLite and PostgreSQL, so the test holds on both providers.
        await using (var db = factory.Database.Open())
        {
            await db.Database.ExecuteSqlRawAsync(
                """DELETE FROM "__EFMigrationsHistory" WHERE "MigrationId" = (SELECT MAX("MigrationId") FROM "__EFMigrationsHistory")""", Ct);
        }

        using var ready = await client.GetAsync("/health/ready", Ct);
        using var live = await client.GetAsync("/health/live", Ct);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal("Unhealthy", (await StatusAsync(ready)).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
    }

    [Fact]
    public async Task ProbesAreNotWrittenToTheRequestLog()
    {
        await using var factory = new AppFactory();
        var sink = new CapturingSink();
        using var client = factory.WithLogCapture(sink, frameworkVerbose: false).CreateClient();

        using (await client.GetAsync("/health/live", Ct))
        using (await client.GetAsync("/health/ready", Ct))
        using (await client.GetAsync("/api/v1/questions", Ct))
        {
        }

        // One request line at the shipped levels (Information and up), the API's: the probes' lines
        // are Verbose, below every level the app ships with.
        var requestLines = sink.Events.Where(e => e.Level >= Serilog.Events.LogEventLevel.Information
            && e.MessageTemplate.Text.StartsWith("HTTP {RequestMethod}", StringComparison.Ordinal)).ToList();
        var line = Assert.Single(requestLines);
        Assert.Contains("/api/v1/questions", line.RenderMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    private static async Task<JsonElement> StatusAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement.Clone();
}
