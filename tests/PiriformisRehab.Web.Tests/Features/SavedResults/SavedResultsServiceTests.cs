using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PiriformisRehab.Domain;
using PiriformisRehab.Domain.Rules;
using PiriformisRehab.Web.Data;
using PiriformisRehab.Web.Features.SavedResults;
using PiriformisRehab.Web.Features.SelfCheck;
using PiriformisRehab.Web.Features.Common;
using PiriformisRehab.Web.Tests.Infrastructure;

namespace PiriformisRehab.Web.Tests.Features.SavedResults;

/// <summary>Saving, reopening and deleting through the service, on a real database (SQLite, or PostgreSQL in its CI pass).</summary>
public sealed class SavedResultsServiceTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private SavedResultsService Service => factory.Services.GetRequiredService<SavedResultsService>();

    private IDbContextFactory<AppDbContext> Contexts => factory.Services.GetRequiredService<IDbContextFactory<AppDbContext>>();

    private AssessmentResult EvaluateNow(AnswerDraft draft, bool clinicianCleared = false) =>
        factory.Services.GetRequiredService<SelfCheckService>().Evaluate(draft, clinicianCleared, out _)!;

    private static string Json(AssessmentResult result)
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        PiriformisRehab.Web.Extensions.ApiExtensions.Configure(options);
        return JsonSerializer.Serialize(result, options);
    }

    [Fact]
    public async Task ReopeningASavedResultGivesTheResultItWasSavedWith()
    {
        var draft = SavedResultsForms.SelfCareDraft();
        var token = await Service.SaveAsync(draft, clinicianCleared: false, Cancel);

        var saved = await Service.FindAsync(token, Cancel);

        Assert.NotNull(saved?.Result);
        Assert.Equal(Json(EvaluateNow(draft)), Json(saved.Result));
        Assert.Equal(draft.Values, saved.Draft.Values);
        Assert.False(saved.RulesChanged);
    }

    [Fact]
    public async Task StoredRowKeepsTheAnswersTheResultJsonAndTheRulesVersion()
    {
        var draft = SavedResultsForms.SelfCareDraft();
        var token = await Service.SaveAsync(draft, clinicianCleared: false, Cancel);

        await using var db = await Contexts.CreateDbContextAsync(Cancel);
        var row = await db.SavedAssessments.SingleAsync(a => a.TokenHash == ShareToken.Hash(token!), Cancel);

        Assert.Equal(draft.Values, AnswerDraft.FromJson(row.AnswersJson).Values);
        Assert.Equal(Json(EvaluateNow(draft)), row.ResultJson);
        Assert.Equal(AssessmentEngine.RulesVersion, row.RulesVersion);
        Assert.Contains("\"triage\":\"selfCare\"", row.ResultJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AChangedRulesVersionIsReportedAndTheStoredResultIsKept()
    {
        var token = await Service.SaveAsync(SavedResultsForms.SelfCareDraft(), clinicianCleared: false, Cancel);
        await SetRulesVersionAsync(token!, "0.9.0+00000000");

        var saved = await Service.FindAsync(token, Cancel);

        Assert.NotNull(saved?.Result);
        Assert.True(saved.RulesChanged);
        Assert.Equal("0.9.0+00000000", saved.RulesVersion);
        Assert.Equal(AssessmentEngine.RulesVersion, saved.Result.RulesVersion);
    }

    [Fact]
    public async Task AClinicianClearedUrgentResultIsStoredWithItsPlanShown()
    {
        var draft = SavedResultsForms.SelfCareDraft();
        draft.Set("nightPainUnrelenting", "true");

        var saved = await Service.FindAsync(await Service.SaveAsync(draft, clinicianCleared: true, Cancel), Cancel);

        Assert.Equal(Triage.Urgent, saved?.Result?.Triage);
        Assert.False(saved!.Result!.Plan.Withheld);
    }

    [Fact]
    public async Task TokenIs43Base64UrlCharactersAndOnlyItsHashIsStored()
    {
        var token = await Service.SaveAsync(SavedResultsForms.SelfCareDraft(), clinicianCleared: false, Cancel);

        Assert.NotNull(token);
        Assert.Matches("^[A-Za-z0-9_-]{43,}$", token);
        await using var db = await Contexts.CreateDbContextAsync(Cancel);
        var stored = await EveryStoredValueAsTextAsync(db);
        Assert.Contains(Convert.ToHexString(ShareToken.Hash(token)), stored, StringComparison.Ordinal);
        Assert.DoesNotContain(token, stored, StringComparison.Ordinal);
        Assert.DoesNotContain(Convert.ToHexString(Encoding.ASCII.GetBytes(token)), stored, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeletingRemovesTheRowAndTheTokenThenFindsNothing()
    {
        var token = await Service.SaveAsync(SavedResultsForms.SelfCareDraft(), clinicianCleared: false, Cancel);

        Assert.True(await Service.DeleteAsync(token, Cancel));

        await using var db = await Contexts.CreateDbContextAsync(Cancel);
        Assert.False(await db.SavedAssessments.AnyAsync(a => a.TokenHash == ShareToken.Hash(token!), Cancel));
        Assert.Null(await Service.FindAsync(token, Cancel));
        Assert.False(await Service.DeleteAsync(token, Cancel));
    }

    [Fact]
    public async Task InvalidAnswersAreNotSaved()
    {
        var draft = new AnswerDraft();
        draft.Set("painNow", "eleven");
        await using var db = await Contexts.CreateDbContextAsync(Cancel);
        var before = await db.SavedAssessments.CountAsync(Cancel);

        var token = await Service.SaveAsync(draft, clinicianCleared: false, Cancel);

        Assert.Null(token);
        Assert.Equal(before, await db.SavedAssessments.CountAsync(Cancel));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("too-short")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public async Task MalformedTokensFindNothing(string? token)
    {
        Assert.Null(await Service.FindAsync(token, Cancel));
        Assert.False(await Service.DeleteAsync(token, Cancel));
    }

    [Fact]
    public async Task AWellFormedUnknownTokenFindsNothing()
    {
        var (unknown, _) = ShareToken.Create();

        Assert.Null(await Service.FindAsync(unknown, Cancel));
    }

    [Fact]
    public async Task AStoredResultThisVersionCannotReadOpensWithoutAResult()
    {
        var draft = SavedResultsForms.SelfCareDraft();
        var token = await Service.SaveAsync(draft, clinicianCleared: false, Cancel);
        await using (var db = await Contexts.CreateDbContextAsync(Cancel))
        {
            await db.SavedAssessments.Where(a => a.TokenHash == ShareToken.Hash(token!))
                .ExecuteUpdateAsync(s => s.SetProperty(a => a.ResultJson, "{\"triage\":\"selfCare\"}"), Cancel);
        }

        var saved = await Service.FindAsync(token, Cancel);

        Assert.NotNull(saved);
        Assert.Null(saved.Result);
        Assert.Equal(draft.Values, saved.Draft.Values);
    }

    private async Task SetRulesVersionAsync(string token, string version)
    {
        await using var db = await Contexts.CreateDbContextAsync(Cancel);
        await db.SavedAssessments.Where(a => a.TokenHash == ShareToken.Hash(token))
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.RulesVersion, version), Cancel);
    }

    /// <summary>Every column of every saved row, text as text and blobs as hex, read with plain SQL.</summary>
    private static async Task<string> EveryStoredValueAsTextAsync(AppDbContext db)
    {
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync(Cancel);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT * FROM \"SavedAssessments\"";
        await using var reader = await command.ExecuteReaderAsync(Cancel);
        var text = new StringBuilder();
        while (await reader.ReadAsync(Cancel))
        {
            for (var i = 0; i < reader.FieldCount; i++)
            {
                var value = reader.GetValue(i);
                text.Append(value is byte[] bytes ? Convert.ToHexString(bytes) + " " + Encoding.ASCII.GetString(bytes) : Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)).Append('\n');
            }
        }

        return text.ToString();
    }
}
