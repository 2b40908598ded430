using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.Extensions.DependencyInjection;
using PiriformisRehab.Domain.Recovery;
using PiriformisRehab.Domain.Rules;
using PiriformisRehab.Web.Features.SavedResults;
using PiriformisRehab.Web.Tests.Infrastructure;

namespace PiriformisRehab.Web.Tests.Features.Clinic;

/// <summary>The patient page and the printable summary show the diary as the recovery engine reads it.</summary>
public sealed class PatientDiaryPageTests(FollowUpApp app) : IClassFixture<FollowUpApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ARedFlagAtACheckInRaisesTheAlertOnTheListAndThePatientPageAndPausesThePlan()
    {
        using var physio = await PhysioSession.RegisterAsync(app.Factory);
        var (patient, _) = await DiarySeed.PatientAsync(app.Factory, physio, "Red flag patient", DiarySeed.RedFlag);

        var list = await PageAsync(physio, "/clinic");
        var page = await PageAsync(physio, $"/clinic/patients/{patient}");

        Assert.NotNull(list.QuerySelector($"[data-patient-row='{patient}'] [data-concern='redFlag']"));
        Assert.NotNull(page.QuerySelector("[data-concern='redFlag']"));
        Assert.NotNull(page.QuerySelector("[data-paused]"));
        Assert.NotNull(page.QuerySelector("[data-red-flag='saddleNumbness']"));
        Assert.Contains(RedFlagRescreen.Evaluate(["saddleNumbness"]).Advice, page.QuerySelector("[data-red-flag-advice]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnEarlierEmergencySignStillShowsInTheCheckInsAfterAMilderOne()
    {
        using var physio = await PhysioSession.RegisterAsync(app.Factory);
        var (patient, programme) = await DiarySeed.PatientAsync(app.Factory, physio, "Two signs", DiarySeed.RedFlag);
        await DiarySeed.CheckInsAsync(app.Factory, programme, DiarySeed.Day(app.Clock.Today, 3, 4, redFlags: ["unexplainedWeightLoss"]));

        var page = await PageAsync(physio, $"/clinic/patients/{patient}");

        var rows = page.QuerySelectorAll("[data-checkins] tbody tr").Select(r => r.TextContent).ToList();
        Assert.Contains("(warning sign, urgent)", rows[0], StringComparison.Ordinal);
        Assert.Contains("(warning sign, emergency)", rows[1], StringComparison.Ordinal);
        // The pause alert keeps the uncleared emergency ahead of the later, milder sign.
        Assert.NotNull(page.QuerySelector("[data-paused] [data-red-flag='saddleNumbness']"));
        Assert.Contains(TriageRules.AdviceFor(Triage.Emergency), page.QuerySelector("[data-red-flag-advice]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ThePatientPageShowsTimelineStagesRunningAndRecentCheckInsWithTheirNotes()
    {
        using var physio = await PhysioSession.RegisterAsync(app.Factory);
        var (patient, programme) = await DiarySeed.PatientAsync(app.Factory, physio, "Diary patient", DiarySeed.None);
        await DiarySeed.CheckInsAsync(app.Factory, programme, DiarySeed.Day(app.Clock.Today, 2, 2, MorningAfter.Better, note: "Sat through a film without pain"));

        var page = await PageAsync(physio, $"/clinic/patients/{patient}");

        Assert.NotNull(page.QuerySelector($"[data-diary='{programme}'] [data-timeline='earlyDays']"));
        Assert.NotEmpty(page.QuerySelectorAll("[data-stages] [data-stage]"));
        Assert.NotNull(page.QuerySelector("[data-running='Gate']"));
        Assert.NotNull(page.QuerySelector("[data-chart]"));
        Assert.Equal(3, page.QuerySelectorAll("[data-checkins] tbody tr").Length);
        Assert.Contains("Sat through a film without pain", page.QuerySelector("[data-checkins]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheSummaryShowsTheSelfCheckResultStagesChartAndAlerts()
    {
        using var physio = await PhysioSession.RegisterAsync(app.Factory);
        var patient = await physio.AddPatientAsync("Summary patient");
        var token = await app.Factory.Services.GetRequiredService<SavedResultsService>().SaveAsync(SavedResultsForms.SelfCareDraft(), clinicianCleared: false, Ct);
        using var created = await physio.SubmitAsync("/clinic", $"/clinic/patients/{patient}/programmes", new() { ["start"] = "saved-link", ["savedLink"] = $"/r/{token}" });
        var programme = Guid.Parse(created.Headers.Location!.OriginalString.Split("/programmes/")[1][..36]);
        await DiarySeed.LinkAsync(app.Factory, programme, 20);
        await DiarySeed.CheckInsAsync(app.Factory, programme, DiarySeed.Day(app.Clock.Today.AddDays(-4), 5, 6), DiarySeed.Day(app.Clock.Today.AddDays(-1), 6, 8));

        var page = await PageAsync(physio, $"/clinic/patients/{patient}/summary");

        Assert.Equal("Summary for Summary patient", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal("SelfCare", page.QuerySelector("[data-source-triage]")!.GetAttribute("data-source-triage"));
        Assert.Matches(@"band, score \d+", page.QuerySelector("[data-source-likelihood]")!.TextContent);
        Assert.NotNull(page.QuerySelector("[data-source-differentials]"));
        Assert.NotEmpty(page.QuerySelectorAll("[data-stages] [data-stage]"));
        Assert.NotNull(page.QuerySelector("[data-summary] [data-chart]"));
        Assert.NotNull(page.QuerySelector("[data-summary-alerts] [data-concern='highPain']"));
        Assert.NotNull(page.QuerySelector("[data-running]"));
        Assert.NotNull(page.QuerySelector("[data-print]"));
    }

    [Fact]
    public async Task TheSummaryOfAStandardPlanSaysSo()
    {
        using var physio = await PhysioSession.RegisterAsync(app.Factory);
        var (patient, _) = await DiarySeed.PatientAsync(app.Factory, physio, "Standard patient", DiarySeed.None);

        var page = await PageAsync(physio, $"/clinic/patients/{patient}/summary");

        Assert.Equal("Started from the standard plan.", page.QuerySelector("[data-standard-plan]")!.TextContent.Trim());
    }

    [Fact]
    public async Task TheSummaryOfAPatientWithoutAProgrammeSaysSo()
    {
        using var physio = await PhysioSession.RegisterAsync(app.Factory);
        var patient = await physio.AddPatientAsync("New patient");

        var page = await PageAsync(physio, $"/clinic/patients/{patient}/summary");

        Assert.Equal("No programme yet.", page.QuerySelector("[data-source] p")!.TextContent.Trim());
        Assert.Equal("None.", page.QuerySelector("[data-summary-alerts] p")!.TextContent.Trim());
    }

    [Fact]
    public async Task AnotherPhysiosPatientSummaryIsNotFound()
    {
        using var first = await PhysioSession.RegisterAsync(app.Factory);
        using var second = await PhysioSession.RegisterAsync(app.Factory);
        var (patient, _) = await DiarySeed.PatientAsync(app.Factory, first, "Not yours", DiarySeed.RedFlag);

        using var response = await second.Client.GetAsync($"/clinic/patients/{patient}/summary", Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("Not yours", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    private static async Task<IHtmlDocument> PageAsync(PhysioSession physio, string path)
    {
        using var response = await physio.Client.GetAsync(path, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync(Ct), Ct);
    }
}
