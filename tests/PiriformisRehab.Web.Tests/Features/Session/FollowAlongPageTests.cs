using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using PiriformisRehab.Domain.Plans;
using PiriformisRehab.Domain.Sessions;
using PiriformisRehab.Web.Features.Common;
using PiriformisRehab.Web.Tests.Infrastructure;

namespace PiriformisRehab.Web.Tests.Features.Session;

/// <summary>
/// What the server renders for the follow-along session (/p/{token}/session, /r/{token}/session):
/// today's exercises exactly as the diary's checklist offers them, each dose in the one wording,
/// a page that works as a list without JavaScript, and the check-in it ends in.
/// </summary>
public sealed class FollowAlongPageTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TheProgrammeSessionOffersExactlyTheExercisesTheDiaryChecklistOffersIncludingThePhysiosAdditions()
    {
        using var physio = await PhysioSession.RegisterAsync(factory);
        var patientId = await physio.AddPatientAsync();
        var programmeId = await physio.CreateStandardProgrammeAsync(patientId);
        var programmeUrl = $"/clinic/patients/{patientId}/programmes/{programmeId}";
        using (var _ = await physio.SubmitAsync(programmeUrl, $"{programmeUrl}/exercises", new() { ["exerciseId"] = "sidePlank" }))
        {
        }

        var token = await physio.IssueLinkAsync(patientId, programmeId);
        using var client = PhysioSession.NewClient(factory);

        var session = await SessionIdsAsync(client, $"/p/{token}/session");
        var checklist = await ChecklistIdsAsync(client, $"/p/{token}/diary");

        Assert.Contains("sidePlank", session);
        Assert.Equal(checklist, session);
    }

    [Fact]
    public async Task TheSavedResultsSessionOffersExactlyTheExercisesTheDiaryChecklistOffers()
    {
        using var client = PhysioSession.NewClient(factory);
        var token = await client.SaveThroughResultsPageAsyncFor();

        var session = await SessionIdsAsync(client, $"/r/{token}/session");

        Assert.NotEmpty(session);
        Assert.Equal(await ChecklistIdsAsync(client, $"/r/{token}/diary"), session);
    }

    [Fact]
    public async Task TheSessionMovesOnWithTheLadderAsTheDiaryDoes()
    {
        using var client = PhysioSession.NewClient(factory);
        var token = await client.SaveThroughResultsPageAsyncFor();
        var diary = $"/r/{token}/diary";
        var before = await SessionIdsAsync(client, $"/r/{token}/session");
        foreach (var daysAgo in new[] { 5, 3, 1 })
        {
            await client.CheckInAsync(diary, DiaryForms.GoodSession(DiaryForms.DaysAgo(daysAgo)).With("exercisesDone=" + string.Join('|', before)));
        }

        var after = await SessionIdsAsync(client, $"/r/{token}/session");

        Assert.NotEqual(before, after);
        Assert.Equal(await ChecklistIdsAsync(client, diary), after);
    }

    [Fact]
    public async Task EachDoseIsWordedByDoseTextAndTheCountsAreTheEndsOfItsRanges()
    {
        using var client = PhysioSession.NewClient(factory);
        var token = await client.SaveThroughResultsPageAsyncFor();

        var page = await PageAsync(client, $"/r/{token}/session");

        var items = page.QuerySelectorAll("[data-session-exercise]");
        Assert.NotEmpty(items);
        foreach (var li in items)
        {
            var exercise = ExerciseCatalog.Default.Find(li.GetAttribute("data-session-exercise")!)!;
            Assert.Equal(exercise.Dosage, li.QuerySelector("[data-session-dose]")!.TextContent);
            Assert.StartsWith(DoseText.Format(exercise.Dose), exercise.Dosage, StringComparison.Ordinal);
            Assert.Equal("true", li.GetAttribute("data-counted"));
            Assert.Equal(Counts(SessionTargets.At(exercise.Dose, DoseLevel.Low)), li.GetAttribute("data-low"));
            Assert.Equal(Counts(SessionTargets.At(exercise.Dose, DoseLevel.High)), li.GetAttribute("data-high"));
            Assert.Equal(exercise.Dose.HoldSeconds is null ? "reps" : "hold", li.GetAttribute("data-kind"));
            Assert.NotNull(li.QuerySelector($"figure[data-figure='{exercise.Id}']"));
        }
    }

    [Fact]
    public async Task APhysiosOwnDoseIsShownAsTheyWroteItAndTheSessionSetsNoCountsOfItsOwn()
    {
        var (token, programmeId) = await DiaryForms.ProgrammeLinkAsync(factory);
        await using (var db = await ClinicDatabase.OpenAsync(factory))
        {
            var row = await db.ProgrammeExercises.SingleAsync(e => e.ProgrammeId == programmeId && e.ExerciseId == "clamshell", Ct);
            row.Dosage = "2 x 15 slowly, every other day";
            row.Notes = "Band above the knees.";
            await db.SaveChangesAsync(Ct);
        }

        using var client = PhysioSession.NewClient(factory);
        var page = await PageAsync(client, $"/p/{token}/session");

        var clamshell = page.QuerySelector("[data-session-exercise='clamshell']")!;
        Assert.Equal("2 x 15 slowly, every other day", clamshell.QuerySelector("[data-session-dose]")!.TextContent);
        Assert.Contains("Band above the knees.", clamshell.QuerySelector("[data-notes]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("false", clamshell.GetAttribute("data-counted"));
        Assert.Equal("", clamshell.GetAttribute("data-low"));
        Assert.NotNull(clamshell.QuerySelector("[data-session-own-dose]"));
        Assert.All(page.QuerySelectorAll("[data-session-exercise]:not([data-session-exercise='clamshell'])"), li => Assert.Equal("true", li.GetAttribute("data-counted")));
    }

    [Fact]
    public async Task WithoutJavaScriptThePageListsTodaysExercisesWithDosesAndLinksToTheCheckIn()
    {
        using var client = PhysioSession.NewClient(factory);
        var token = await client.SaveThroughResultsPageAsyncFor();

        var page = await PageAsync(client, $"/r/{token}/session");

        // The list and the link are not hidden; only the script's screens are.
        Assert.All(page.QuerySelectorAll("[data-session-exercise]"), li => Assert.False(li.HasAttribute("hidden")));
        Assert.All(page.QuerySelectorAll("[data-session-exercise] [data-session-dose]"), dose => Assert.False(string.IsNullOrWhiteSpace(dose.TextContent)));
        Assert.True(page.QuerySelector("[data-session-start]")!.HasAttribute("hidden"));
        Assert.True(page.QuerySelector("[data-session-controls]")!.HasAttribute("hidden"));
        Assert.True(page.QuerySelector("[data-session-end]")!.HasAttribute("hidden"));
        var link = page.QuerySelector("[data-session-no-script] a")!;
        Assert.False(page.QuerySelector("[data-session-no-script]")!.HasAttribute("hidden"));
        Assert.Equal($"/r/{token}/diary#check-in-title", link.GetAttribute("href"));
    }

    [Fact]
    public async Task TheSessionRunsFromAnExternalScriptWithNoInlineScriptOrStyle()
    {
        using var client = PhysioSession.NewClient(factory);
        var token = await client.SaveThroughResultsPageAsyncFor();

        var page = await PageAsync(client, $"/r/{token}/session");

        Assert.Contains(page.Scripts, s => s.Source?.Contains("js/session", StringComparison.Ordinal) == true);
        Assert.All(page.Scripts, s => Assert.False(string.IsNullOrEmpty(s.Source), "An inline script: " + s.Text));
        Assert.Empty(page.QuerySelectorAll("[data-session] [style], [data-session] style"));
    }

    [Theory]
    [InlineData("p")]
    [InlineData("r")]
    public async Task TheSessionPageKeepsItsLinkOutOfRefererCachesAndSearchEngines(string kind)
    {
        using var client = PhysioSession.NewClient(factory);
        var token = kind == "p" ? (await DiaryForms.ProgrammeLinkAsync(factory)).Token : await client.SaveThroughResultsPageAsyncFor();

        using var response = await client.GetAsync($"/{kind}/{token}/session", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.True(response.Headers.CacheControl?.NoStore);
        Assert.Contains("noindex", response.Headers.GetValues("X-Robots-Tag").Single(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("p", "not-a-token")]
    [InlineData("r", "not-a-token")]
    [InlineData("p", null)]
    [InlineData("r", null)]
    public async Task AnUnusableLinksSessionAnswersNotValid(string kind, string? token)
    {
        using var client = PhysioSession.NewClient(factory);

        using var response = await client.GetAsync($"/{kind}/{token ?? ShareToken.Create().Token}/session", Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Fact]
    public async Task APausedPlanOffersNoSessionButSaysWhyAndLinksToTheDiary()
    {
        using var client = PhysioSession.NewClient(factory);
        var token = await client.SaveThroughResultsPageAsyncFor();
        await client.CheckInAsync($"/r/{token}/diary", DiaryForms.GoodSession(DiaryForms.DaysAgo(1)).With("redFlags=saddleNumbness"));

        var page = await PageAsync(client, $"/r/{token}/session");

        Assert.Empty(page.QuerySelectorAll("[data-session-exercise]"));
        Assert.NotNull(page.QuerySelector("[data-session-paused]"));
        Assert.NotNull(page.QuerySelector($"a[href='/r/{token}/diary']"));
    }

    [Theory]
    [InlineData("p")]
    [InlineData("r")]
    public async Task TheOwnersPageLinksToTheSessionWithAFullPageLoad(string kind)
    {
        using var client = PhysioSession.NewClient(factory);
        var token = kind == "p" ? (await DiaryForms.ProgrammeLinkAsync(factory)).Token : await client.SaveThroughResultsPageAsyncFor();

        var page = await PageAsync(client, $"/{kind}/{token}");

        var link = page.QuerySelector("a[data-session-link]")!;
        Assert.Equal($"/{kind}/{token}/session", link.GetAttribute("href"));
        Assert.Equal("false", link.GetAttribute("data-enhance-nav"));
    }

    [Fact]
    public async Task TheCheckInTicksTheExercisesTheSessionSawDoneAndNoOthers()
    {
        using var client = PhysioSession.NewClient(factory);
        var token = await client.SaveThroughResultsPageAsyncFor();
        var offered = await ChecklistIdsAsync(client, $"/r/{token}/diary");
        Assert.True(offered.Count >= 3);

        var page = await PageAsync(client, $"/r/{token}/diary?done={offered[2]}&done={offered[0]}");

        Assert.Equal([offered[0], offered[2]], Ticked(page));
    }

    [Theory]
    [InlineData("done=notAnExercise")]
    [InlineData("done=")]
    [InlineData("done=%ED%A0%80")]
    [InlineData("done=%00clamshell")]
    [InlineData("done=CLAMSHELL")]
    [InlineData("done=sidePlank")]
    [InlineData("done[]=clamshell")]
    [InlineData("done=clamshell,gluteBridge")]
    public async Task ADoneValueThatIsNotOneOfTodaysExercisesIsIgnored(string query)
    {
        using var client = PhysioSession.NewClient(factory);
        var token = await client.SaveThroughResultsPageAsyncFor();

        using var response = await client.GetAsync($"/r/{token}/diary?{query}", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(Ticked(await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync(Ct), Ct)));
    }

    [Fact]
    public async Task ARepeatedDoneValueTicksItsExerciseOnceAndAnUnknownOneBesideItChangesNothing()
    {
        using var client = PhysioSession.NewClient(factory);
        var token = await client.SaveThroughResultsPageAsyncFor();
        var first = (await ChecklistIdsAsync(client, $"/r/{token}/diary"))[0];

        var page = await PageAsync(client, $"/r/{token}/diary?done={first}&done={first}&done=x&done={new string('a', 5000)}");

        Assert.Equal([first], Ticked(page));
    }

    [Fact]
    public async Task APausedDiaryTicksNothingFromTheQuery()
    {
        using var client = PhysioSession.NewClient(factory);
        var token = await client.SaveThroughResultsPageAsyncFor();
        await client.CheckInAsync($"/r/{token}/diary", DiaryForms.GoodSession(DiaryForms.DaysAgo(1)).With("redFlags=saddleNumbness"));

        var page = await PageAsync(client, $"/r/{token}/diary?done=clamshell&done=ballReleaseFloor&done=hip9090Switch&done=singleLegBridge");

        Assert.Empty(Ticked(page));
        Assert.NotNull(page.QuerySelector("[data-exercises-paused]"));
    }

    [Fact]
    public async Task APreTickedCheckInSavesTheTickedExercisesWhenPosted()
    {
        using var client = PhysioSession.NewClient(factory);
        var token = await client.SaveThroughResultsPageAsyncFor();
        var diary = $"/r/{token}/diary";
        var first = (await ChecklistIdsAsync(client, diary))[0];
        var page = await PageAsync(client, $"{diary}?done={first}");
        var form = (IHtmlFormElement)page.QuerySelector("form[data-check-in-form]")!;
        // What the browser would send: the ticked boxes as rendered, plus the runner's own answers.
        var ticked = form.QuerySelectorAll("input[name='exercisesDone']:checked").Select(i => new KeyValuePair<string, string>("exercisesDone", i.GetAttribute("value")!));

        var saved = await client.CheckInAsync(diary, [.. DiaryForms.GoodSession().Where(f => f.Key != "exercisesDone"), .. ticked]);

        Assert.Contains("data-saved", saved, StringComparison.Ordinal);
        await using var db = await ClinicDatabase.OpenAsync(factory);
        var stored = await db.CheckIns.OrderByDescending(c => c.RecordedAt).FirstAsync(Ct);
        Assert.Contains($"\"{first}\"", stored.ExercisesDoneJson, StringComparison.Ordinal);
    }

    private static string Counts(SessionStep step) =>
        $"{step.Sets} {step.Reps?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"} {step.HoldSeconds?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"} {step.Sides}";

    private static List<string> Ticked(IDocument page) =>
        [.. page.QuerySelectorAll("input[name='exercisesDone']").Cast<IHtmlInputElement>().Where(i => i.IsChecked).Select(i => i.Value)];

    private static async Task<List<string>> SessionIdsAsync(HttpClient client, string path) =>
        [.. (await PageAsync(client, path)).QuerySelectorAll("[data-session-exercise]").Select(li => li.GetAttribute("data-session-exercise")!)];

    private static async Task<List<string>> ChecklistIdsAsync(HttpClient client, string path) =>
        [.. (await PageAsync(client, path)).QuerySelectorAll("input[name='exercisesDone']").Select(i => i.GetAttribute("value")!)];

    private static async Task<IHtmlDocument> PageAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync(Ct), Ct);
    }
}
