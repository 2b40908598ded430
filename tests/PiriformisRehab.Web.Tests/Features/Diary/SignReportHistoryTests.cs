using PiriformisRehab.Web.Tests.Infrastructure;

namespace PiriformisRehab.Web.Tests.Features.Diary;

/// <summary>A warning sign stored on its own (the rest of the check-in refused) shows in both histories.</summary>
public sealed class SignReportHistoryTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ASignStoredOnItsOwnAppearsInTheRunnersHistoryAndThePhysiosViewWithItsTime()
    {
        using var physio = await PhysioSession.RegisterAsync(factory);
        var patientId = await physio.AddPatientAsync();
        var programmeId = await physio.CreateStandardProgrammeAsync(patientId);
        var token = await physio.IssueLinkAsync(patientId, programmeId);
        using var patient = PhysioSession.NewClient(factory);
        await patient.CheckInAsync($"/p/{token}/diary", DiaryForms.GoodSession(DiaryForms.DaysAgo(3)));
        using (await patient.PostCheckInAsync($"/p/{token}/diary", DiaryForms.GoodSession(DiaryForms.DaysAgo(1)).With("redFlags=groinPainWeightBearing&painWorst=eleven")))
        {
        }

        var diary = await patient.GetStringAsync($"/p/{token}/diary", Ct);
        var clinic = await physio.Client.GetStringAsync($"/clinic/patients/{patientId}", Ct);

        Assert.Equal(1, await DiaryForms.CountWarningSignsAsync(factory, programmeId));
        Assert.Contains($"data-sign-report=\"{DiaryForms.DaysAgo(1)}\"", diary, StringComparison.Ordinal);
        Assert.Contains("data-local-time=\"datetime\"", diary, StringComparison.Ordinal);
        // Newest first: the sign (a day ago) comes before the check-in of three days ago.
        Assert.True(diary.IndexOf("data-sign-report=", StringComparison.Ordinal) < diary.IndexOf($"data-check-in=\"{DiaryForms.DaysAgo(3)}\"", StringComparison.Ordinal));
        Assert.Contains("data-sign-reports", clinic, StringComparison.Ordinal);
        Assert.Contains($"data-sign-report=\"{DiaryForms.DaysAgo(1)}\"", clinic, StringComparison.Ordinal);
    }
}
