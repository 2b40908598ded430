using PiriformisRehab.Web.Tests.Infrastructure;

namespace PiriformisRehab.Web.Tests.Features.Diary;

/// <summary>Spec 5.11 g: a runner's own diary shows their alerts with what to do; a physio's programme leaves them to the physio.</summary>
public sealed class SelfDirectedAlertTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task ARunnersOwnDiaryShowsPainOfSevenWithWhatToDo()
    {
        using var runner = PhysioSession.NewClient(factory);
        var diary = $"/r/{await runner.SaveThroughResultsPageAsyncFor()}/diary";

        var html = await runner.CheckInAsync(diary, DiaryForms.GoodSession().With("painNow=7&painWorst=8"));

        Assert.Contains("data-runner-alert=\"highPain\"", html, StringComparison.Ordinal);
        Assert.Contains("What to do:", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AProgrammeDiaryDoesNotShowTheRunnerAlerts()
    {
        var (token, _) = await DiaryForms.ProgrammeLinkAsync(factory);
        using var patient = PhysioSession.NewClient(factory);

        var html = await patient.CheckInAsync($"/p/{token}/diary", DiaryForms.GoodSession().With("painNow=7&painWorst=8"));

        Assert.DoesNotContain("data-runner-alerts", html, StringComparison.Ordinal);
    }
}
