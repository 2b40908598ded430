using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PiriformisRehab.Web.Features.Common;
using PiriformisRehab.Web.Tests.Infrastructure;

namespace PiriformisRehab.Web.Tests.Features.Diary;

/// <summary>Reaching a diary: linked from its owner's page, and the same 404 for every unusable link.</summary>
public sealed class DiaryLinkTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private const string NotValid = "This link is not valid";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string> Kinds => ["p", "r"];

    public static TheoryData<string, string> UnusableDiaryPaths => new()
    {
        { "p", "not-a-token" },
        { "r", "not-a-token" },
        { "p", ShareToken.Create().Token },
        { "r", ShareToken.Create().Token },
    };

    [Fact]
    public async Task TheProgrammePageLinksToItsDiary()
    {
        var (token, _) = await DiaryForms.ProgrammeLinkAsync(factory);
        using var client = PhysioSession.NewClient(factory);

        var html = await client.GetHtmlAsync($"/p/{token}");

        Assert.Contains($"href=\"/p/{token}/diary\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASavedResultWithAPlanLinksToItsDiary()
    {
        using var client = PhysioSession.NewClient(factory);
        var token = await client.SaveThroughResultsPageAsyncFor();

        var html = await client.GetHtmlAsync($"/r/{token}");

        Assert.Contains($"href=\"/r/{token}/diary\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnEmergencyResultHasNoDiaryLinkAndItsDiarySaysThePlanIsWithheld()
    {
        using var client = PhysioSession.NewClient(factory);
        var draft = SavedResultsForms.SelfCareDraft();
        draft.Set("saddleNumbness", "true");
        // An emergency result page offers no Save (spec 5.9: nothing but the action), so the saved
        // copy is made through the service, as a result saved before that change would be.
        string token;
        using (var scope = factory.Services.CreateScope())
        {
            token = (await scope.ServiceProvider.GetRequiredService<PiriformisRehab.Web.Features.SavedResults.SavedResultsService>().SaveAsync(draft, clinicianCleared: false, TestContext.Current.CancellationToken))!;
        }

        var page = await client.GetHtmlAsync($"/r/{token}");
        var diary = await client.GetHtmlAsync($"/r/{token}/diary");

        Assert.DoesNotContain("/diary\"", page, StringComparison.Ordinal);
        Assert.Contains("data-plan-withheld", diary, StringComparison.Ordinal);
        Assert.Contains("data-no-exercises", diary, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(UnusableDiaryPaths))]
    public async Task AnUnknownOrMalformedLinkGets404OnThePageTheCsvAndAPost(string kind, string token)
    {
        using var client = PhysioSession.NewClient(factory);

        await AssertNotValidAsync(client, $"/{kind}/{token}");
    }

    [Fact]
    public async Task ARevokedPatientLinkGets404Everywhere()
    {
        var (token, programmeId) = await DiaryForms.ProgrammeLinkAsync(factory);
        await using (var db = await ClinicDatabase.OpenAsync(factory))
        {
            await db.PatientLinks.Where(l => l.ProgrammeId == programmeId).ExecuteUpdateAsync(s => s.SetProperty(l => l.RevokedAt, DateTimeOffset.UtcNow), Ct);
        }

        using var client = PhysioSession.NewClient(factory);
        await AssertNotValidAsync(client, $"/p/{token}");
    }

    [Fact]
    public async Task AnExpiredPatientLinkGets404Everywhere()
    {
        var (token, programmeId) = await DiaryForms.ProgrammeLinkAsync(factory);
        await using (var db = await ClinicDatabase.OpenAsync(factory))
        {
            await db.PatientLinks.Where(l => l.ProgrammeId == programmeId).ExecuteUpdateAsync(s => s.SetProperty(l => l.ExpiresAt, DateTimeOffset.UtcNow.AddMinutes(-1)), Ct);
        }

        using var client = PhysioSession.NewClient(factory);
        await AssertNotValidAsync(client, $"/p/{token}");
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task TheDiaryPageCarriesTheTokenPageHeaders(string kind)
    {
        using var client = PhysioSession.NewClient(factory);
        var token = kind == "p" ? (await DiaryForms.ProgrammeLinkAsync(factory)).Token : await client.SaveThroughResultsPageAsyncFor();

        using var response = await client.GetAsync($"/{kind}/{token}/diary", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        Assert.Equal("no-referrer", string.Join(",", response.Headers.GetValues("Referrer-Policy")));
    }

    /// <summary>The diary page, its CSV and a check-in post to it all answer 404, and store nothing.</summary>
    private async Task AssertNotValidAsync(HttpClient client, string basePath)
    {
        using var page = await client.GetAsync($"{basePath}/diary", Ct);
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Contains(NotValid, await page.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);

        using var csv = await client.GetAsync($"{basePath}/diary.csv", Ct);
        Assert.Equal(HttpStatusCode.NotFound, csv.StatusCode);
        Assert.Contains(NotValid, await csv.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);

        var before = await CountAllAsync();
        var antiforgery = SavedResultsForms.AntiforgeryToken(await client.GetHtmlAsync("/check/nerves"));
        using var post = await client.PostAsync($"{basePath}/diary", DiaryForms.Form("check-in", antiforgery, DiaryForms.GoodSession()), Ct);
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        using var delete = await client.PostAsync($"{basePath}/diary", DiaryForms.Form("delete-diary", antiforgery, [new("confirm", "true")]), Ct);
        Assert.Equal(HttpStatusCode.NotFound, delete.StatusCode);
        Assert.Equal(before, await CountAllAsync());
    }

    private async Task<int> CountAllAsync()
    {
        await using var db = await ClinicDatabase.OpenAsync(factory);
        return await db.CheckIns.CountAsync(Ct);
    }
}
