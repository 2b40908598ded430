using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PiriformisRehab.Domain.Rules;
using PiriformisRehab.Web.Features.Diary;
using PiriformisRehab.Web.Tests.Infrastructure;

namespace PiriformisRehab.Web.Tests.Features.Diary;

/// <summary>While a warning sign stands, the diary says nothing that could read as "carry on".</summary>
public sealed class DiaryPauseTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AMilderSignLoggedAfterAnUnclearedEmergencyStillShowsTheEmergencyAdvice()
    {
        var (token, _) = await DiaryForms.ProgrammeLinkAsync(factory);
        using var client = PhysioSession.NewClient(factory);
        var diary = $"/p/{token}/diary";
        await client.CheckInAsync(diary, DiaryForms.GoodSession(DiaryForms.DaysAgo(2)).With("redFlags=saddleNumbness"));

        var html = await client.CheckInAsync(diary, DiaryForms.GoodSession(DiaryForms.DaysAgo(1)).With("redFlags=unexplainedWeightLoss"));

        Assert.Contains("data-rescreen=\"emergency\"", html, StringComparison.Ordinal);
        Assert.Contains(WebUtility.HtmlEncode(TriageRules.AdviceFor(Triage.Emergency)), html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task APausedDiaryHoldsBackRunningProgressAndTheTimelineVerdict()
    {
        var (token, _) = await DiaryForms.ProgrammeLinkAsync(factory);
        using var client = PhysioSession.NewClient(factory);
        var diary = $"/p/{token}/diary";
        await client.CheckInAsync(diary, DiaryForms.GoodSession(DiaryForms.DaysAgo(3)).With("exercisesDone=&exercisePain=&activity=briskWalk&runMinutes=30&runPain=0"));

        var html = await client.CheckInAsync(diary, DiaryForms.GoodSession(DiaryForms.DaysAgo(1)).With("redFlags=saddleNumbness"));

        Assert.Contains("data-running-paused", html, StringComparison.Ordinal);
        Assert.Contains("data-timeline-paused", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Readiness test passed", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-timeline=", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheDoctorBoxOnAPlanThatWasNeverPausedSaysNothingAboutResuming()
    {
        var (token, _) = await DiaryForms.ProgrammeLinkAsync(factory);
        using var client = PhysioSession.NewClient(factory);

        var html = await client.CheckInAsync($"/p/{token}/diary", DiaryForms.GoodSession().With("clinicianCleared=true"));

        Assert.Contains("data-saved", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-resumed", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACheckInForAProgrammeDeletedMeanwhileIsRefusedAsADeadLinkNotAServerError()
    {
        var (token, programmeId) = await DiaryForms.ProgrammeLinkAsync(factory);
        var diaries = factory.Services.GetRequiredService<DiaryService>();
        var diary = await diaries.OpenProgrammeAsync(token, Ct);
        await using (var db = await ClinicDatabase.OpenAsync(factory))
        {
            await db.Programmes.Where(p => p.Id == programmeId).ExecuteDeleteAsync(Ct);
        }

        var outcome = await diaries.AddAsync(diary!, new() { SessionDate = DiaryForms.Today, PainNow = "3", PainWorst = "4", AnythingNew = "no" }, Ct);

        Assert.True(outcome.Gone);
        Assert.Equal(0, await DiaryForms.CountCheckInsAsync(factory, programmeId));
    }
}
