using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using PiriformisRehab.Web.Tests.Infrastructure;

namespace PiriformisRehab.Web.Tests.Features.Diary;

/// <summary>Check-ins posted through the diary's static form, against the real app and SQLite.</summary>
public sealed partial class DiaryCheckInTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private HttpClient NewClient() => PhysioSession.NewClient(factory);

    [Fact]
    public async Task AValidCheckInIsStoredAndShownInTheHistory()
    {
        var (token, programmeId) = await DiaryForms.ProgrammeLinkAsync(factory);
        using var client = NewClient();

        var html = await client.CheckInAsync($"/p/{token}/diary", DiaryForms.GoodSession(DiaryForms.DaysAgo(1)).With("note=Felt fine&sittingMinutes=40"));

        Assert.Contains("data-saved", html, StringComparison.Ordinal);
        Assert.Contains($"data-check-in=\"{DiaryForms.DaysAgo(1)}\"", html, StringComparison.Ordinal);
        await using var db = await ClinicDatabase.OpenAsync(factory);
        var row = await db.CheckIns.SingleAsync(c => c.ProgrammeId == programmeId, Ct);
        Assert.Equal((3, 4, "same", 2, 40, "Felt fine", "selfCare"), (row.PainNow, row.PainWorst, row.MorningAfter, row.ExercisePain!.Value, row.SittingMinutes!.Value, row.Note, row.Triage));
        Assert.Null(row.SavedAssessmentId);
    }

    public static TheoryData<string, string> InvalidCheckIns => new()
    {
        { "painNow=11", "painNow" },
        { "painNow=-1", "painNow" },
        { "painNow=abc", "painNow" },
        { "painNow=", "painNow" },
        { "painNow=5&painWorst=3", "painWorst" },
        { "sessionDate={inTwoDays}", "sessionDate" },
        { "sessionDate=14/03/2026", "sessionDate" },
        { "sessionDate=2026-02-30", "sessionDate" },
        { "exercisesDone=notAnExercise", "exercisesDone" },
        { "redFlags=noSuchQuestion", "redFlags" },
        { "redFlags=buttockPain", "redFlags" },
        { "note={longNote}", "note" },
        { "activity=walkRun&walkRunPhase=0&runPain=2", "walkRunPhase" },
        { "activity=walkRun&walkRunPhase=8&runPain=2", "walkRunPhase" },
        { "activity=continuousRun&runPain=2", "runMinutes" },
        { "activity=continuousRun&runMinutes=20", "runPain" },
        { "activity=sprint", "activity" },
        { "morningAfter=", "morningAfter" },
        { "morningAfter=fine", "morningAfter" },
        { "exercisePain=", "exercisePain" },
        { "exercisesDone=&exercisePain=2", "exercisePain" },
        { "sittingMinutes=721", "sittingMinutes" },
        { "runPain=3", "runPain" },
    };

    [Theory]
    [MemberData(nameof(InvalidCheckIns))]
    public async Task AnInvalidCheckInShowsItsErrorBesideTheFieldAndStoresNothing(string change, string field)
    {
        var (token, programmeId) = await SharedDiaryAsync();
        using var client = NewClient();
        var before = await DiaryForms.CountCheckInsAsync(factory, programmeId);

        using var response = await client.PostCheckInAsync($"/p/{token}/diary", DiaryForms.GoodSession().With(change));

        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"data-error-for=\"{field}\"", html, StringComparison.Ordinal);
        Assert.Contains($"data-error-link=\"{field}\"", html, StringComparison.Ordinal);
        Assert.Matches(InvalidInput(field), html);
        Assert.Contains("nothing was saved", html, StringComparison.Ordinal);
        Assert.Equal(before, await DiaryForms.CountCheckInsAsync(factory, programmeId));
    }

    [Fact]
    public async Task AnInvalidCheckInPostedFromTheSavedNoticeShowsOnlyItsErrors()
    {
        var (token, _) = await DiaryForms.ProgrammeLinkAsync(factory);
        using var client = NewClient();
        await client.CheckInAsync($"/p/{token}/diary", DiaryForms.GoodSession().With("redFlags=saddleNumbness"));

        using var response = await client.PostCheckInAsync($"/p/{token}/diary?saved=true", DiaryForms.GoodSession().With("painNow=11"));

        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("data-error-summary", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-rescreen", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-saved", html, StringComparison.Ordinal);
        Assert.Contains("data-paused-banner", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARepeatedSingleValueFieldIsAnErrorNotAFailure()
    {
        var (token, programmeId) = await SharedDiaryAsync();
        using var client = NewClient();

        using var response = await client.PostCheckInAsync($"/p/{token}/diary", DiaryForms.GoodSession().With("painNow=3|4&morningAfter=same|worse"));

        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("data-error-for=\"painNow\"", html, StringComparison.Ordinal);
        Assert.Contains("data-error-for=\"morningAfter\"", html, StringComparison.Ordinal);
        Assert.Equal(0, await DiaryForms.CountCheckInsAsync(factory, programmeId));
    }

    [Fact]
    public async Task APostThatIsNotAFormIsRefusedWithoutAServerError()
    {
        var (token, programmeId) = await SharedDiaryAsync();
        using var client = NewClient();

        using var response = await client.PostAsync($"/p/{token}/diary", new StringContent("""{"painNow": 3}""", System.Text.Encoding.UTF8, "application/json"), Ct);

        Assert.InRange((int)response.StatusCode, 400, 499);
        Assert.Equal(0, await DiaryForms.CountCheckInsAsync(factory, programmeId));
    }

    [Fact]
    public async Task AnInvalidCheckInKeepsTheValuesTyped()
    {
        var (token, _) = await SharedDiaryAsync();
        using var client = NewClient();

        using var response = await client.PostCheckInAsync($"/p/{token}/diary", DiaryForms.GoodSession().With("painNow=11&note=Sore after the hills&sittingMinutes=25"));

        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("value=\"11\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"25\"", html, StringComparison.Ordinal);
        Assert.Contains(">Sore after the hills</textarea>", html, StringComparison.Ordinal);
        Assert.Matches("""id="f-morningAfter-same"[^>]*checked|checked[^>]*id="f-morningAfter-same""", html);
        Assert.Matches("""id="f-exercisesDone-clamshell"[^>]*checked|checked[^>]*id="f-exercisesDone-clamshell""", html);
        Assert.Matches("""id="f-anythingNew-no"[^>]*checked|checked[^>]*id="f-anythingNew-no""", html);
    }

    [Fact]
    public async Task ACheckInWhoseSignWasStoredAloneKeepsTheSignTickedForTheResend()
    {
        // Its own diary: the sign pauses it, and the shared one must stay running.
        var (token, _) = await DiaryForms.ProgrammeLinkAsync(factory);
        using var client = NewClient();

        using var response = await client.PostCheckInAsync($"/p/{token}/diary", DiaryForms.GoodSession().With("painNow=11&redFlags=feverOrUnwell"));

        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("value=\"11\"", html, StringComparison.Ordinal);
        Assert.Matches("""id="f-redFlags-feverOrUnwell"[^>]*checked|checked[^>]*id="f-redFlags-feverOrUnwell""", html);
    }

    [Theory]
    [InlineData("saddleNumbness", "emergency", "Get emergency help now")]
    [InlineData("feverOrUnwell", "urgent", "See a doctor today")]
    [InlineData("nightPainUnrelenting", "urgent", "See a doctor within 24-48 hours")]
    public async Task ACheckInWithARedFlagShowsTheSelfChecksAdviceAndPausesThePlan(string flag, string triage, string heading)
    {
        var (token, programmeId) = await DiaryForms.ProgrammeLinkAsync(factory);
        using var client = NewClient();

        var html = await client.CheckInAsync($"/p/{token}/diary", DiaryForms.GoodSession().With($"redFlags={flag}"));

        Assert.Contains($"data-rescreen=\"{triage}\"", html, StringComparison.Ordinal);
        Assert.Contains("role=\"alert\"", html, StringComparison.Ordinal);
        Assert.Contains(heading, html, StringComparison.Ordinal);
        var rescreen = PiriformisRehab.Domain.Recovery.RedFlagRescreen.Evaluate([flag]);
        Assert.Contains(WebUtility.HtmlEncode(rescreen.Advice), html, StringComparison.Ordinal);
        Assert.Contains("data-paused=\"true\"", html, StringComparison.Ordinal);
        Assert.Contains("data-exercises-paused", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"f-exercisesDone-", html, StringComparison.Ordinal);
        // The alert comes before the form: it is the first thing after the page's heading.
        Assert.True(html.IndexOf("data-rescreen", StringComparison.Ordinal) < html.IndexOf("data-check-in-form", StringComparison.Ordinal));
        await using var db = await ClinicDatabase.OpenAsync(factory);
        Assert.Equal(triage, (await db.CheckIns.SingleAsync(c => c.ProgrammeId == programmeId, Ct)).Triage);
    }

    [Fact]
    public async Task APausedPlanStaysPausedOnALaterVisitWithTheAdviceInABanner()
    {
        var (token, _) = await DiaryForms.ProgrammeLinkAsync(factory);
        using var client = NewClient();
        await client.CheckInAsync($"/p/{token}/diary", DiaryForms.GoodSession().With("redFlags=saddleNumbness"));

        var html = await client.GetHtmlAsync($"/p/{token}/diary");

        Assert.Contains("data-paused-banner", html, StringComparison.Ordinal);
        Assert.Contains("Your plan is paused", html, StringComparison.Ordinal);
        Assert.Contains("data-ladders-paused", html, StringComparison.Ordinal);
        Assert.Contains("data-doctor-cleared", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhilePausedAnExerciseProblemStillShowsOnThePageAndStoresNothing()
    {
        var (token, programmeId) = await DiaryForms.ProgrammeLinkAsync(factory);
        using var client = NewClient();
        await client.CheckInAsync($"/p/{token}/diary", DiaryForms.GoodSession().With("redFlags=saddleNumbness"));

        using var response = await client.PostCheckInAsync($"/p/{token}/diary", DiaryForms.GoodSession().With("exercisesDone=notAnExercise"));

        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("data-error-for=\"exercisesDone\"", html, StringComparison.Ordinal);
        Assert.Contains("data-exercises-paused", html, StringComparison.Ordinal);
        Assert.Equal(1, await DiaryForms.CountCheckInsAsync(factory, programmeId));
    }

    [Fact]
    public async Task InASelfDirectedDiaryALaterCheckInWithTheDoctorBoxResumesThePlan()
    {
        using var client = NewClient();
        var diary = $"/r/{await client.SaveThroughResultsPageAsyncFor()}/diary";
        await client.CheckInAsync(diary, DiaryForms.GoodSession(DiaryForms.DaysAgo(3)).With("redFlags=feverOrUnwell"));
        var stillPaused = await client.CheckInAsync(diary, DiaryForms.GoodSession(DiaryForms.DaysAgo(2)).With("exercisesDone=&exercisePain=&morningAfter="));
        Assert.Contains("data-paused=\"true\"", stillPaused, StringComparison.Ordinal);

        var html = await client.CheckInAsync(diary, DiaryForms.GoodSession(DiaryForms.DaysAgo(1)).With("exercisesDone=&exercisePain=&morningAfter=&clinicianCleared=true"));

        Assert.Contains("data-paused=\"false\"", html, StringComparison.Ordinal);
        Assert.Contains("data-resumed", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-paused-banner", html, StringComparison.Ordinal);
        Assert.Contains("id=\"f-exercisesDone-", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TwoGoodSessionsMoveTheGluteLadderUpAStage()
    {
        var (token, _) = await DiaryForms.ProgrammeLinkAsync(factory);
        using var client = NewClient();
        var diary = $"/p/{token}/diary";
        var start = CurrentGlute(await client.GetHtmlAsync(diary));

        await client.CheckInAsync(diary, DiaryForms.GoodSession(DiaryForms.DaysAgo(4)).With($"exercisesDone={start}"));
        var html = await client.CheckInAsync(diary, DiaryForms.GoodSession(DiaryForms.DaysAgo(2)).With($"exercisesDone={start}"));

        var ladder = PiriformisRehab.Domain.Plans.ExerciseCatalog.Default.Categories.Single(c => c.Id == PiriformisRehab.Domain.Plans.CategoryId.GluteActivation).Exercises;
        var expected = ladder[ladder.ToList().FindIndex(e => e.Id == start) + 1];
        Assert.Equal(expected.Id, CurrentGlute(html));
        Assert.Contains("Moved up to " + expected.Name, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheSavedResultsDiaryStoresItsCheckInsAgainstTheSavedResult()
    {
        using var client = NewClient();
        var token = await client.SaveThroughResultsPageAsyncFor();

        await client.CheckInAsync($"/r/{token}/diary", DiaryForms.GoodSession().With("exercisesDone=&exercisePain=&morningAfter="));

        await using var db = await ClinicDatabase.OpenAsync(factory);
        var saved = await db.SavedAssessments.SingleAsync(a => a.TokenHash == PiriformisRehab.Web.Features.Common.ShareToken.Hash(token), Ct);
        Assert.Equal(1, await db.CheckIns.CountAsync(c => c.SavedAssessmentId == saved.Id && c.ProgrammeId == null, Ct));
    }

    private static string CurrentGlute(string html) =>
        Regex.Match(html, "data-ladder=\"gluteActivation\" data-current=\"(?<id>[A-Za-z0-9]+)\"").Groups["id"].Value;

    /// <summary>The input (or a group's first option) of the field carries aria-invalid and points at its error.</summary>
    private static Regex InvalidInput(string field) =>
        new($"id=\"f-{field}[^\"]*\"[^>]*aria-invalid=\"true\"|aria-describedby=\"[^\"]*f-{field}-error\"");

    private static (string Token, Guid ProgrammeId)? _shared;

    /// <summary>One diary for the invalid posts (nothing is ever stored in it).</summary>
    private async Task<(string Token, Guid ProgrammeId)> SharedDiaryAsync() => _shared ??= await DiaryForms.ProgrammeLinkAsync(factory);
}
