using System.Text.RegularExpressions;
using PiriformisRehab.Web.Tests.Infrastructure;

namespace PiriformisRehab.Web.Tests.Features.Diary;

/// <summary>The whole path: a patient's check-in through their link reaches the physio's clinic list.</summary>
public sealed partial class PhysioAlertFromCheckInTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task RedFlagAtAPatientsCheckInPutsThemFirstOnThePhysiosListWithTheAlert()
    {
        using var physio = await PhysioSession.RegisterAsync(factory);
        var calm = await physio.AddPatientAsync("AA calm 01");
        var flagged = await physio.AddPatientAsync("ZZ flagged 02");
        var calmLink = await physio.IssueLinkAsync(calm, await physio.CreateStandardProgrammeAsync(calm));
        var flaggedLink = await physio.IssueLinkAsync(flagged, await physio.CreateStandardProgrammeAsync(flagged));
        using var patient = PhysioSession.NewClient(factory);
        await patient.CheckInAsync($"/p/{calmLink}/diary", DiaryForms.GoodSession());

        var diary = await patient.CheckInAsync($"/p/{flaggedLink}/diary", DiaryForms.GoodSession().With("redFlags=bladderBowelChange"));
        var clinic = await physio.Client.GetHtmlAsync("/clinic");

        Assert.Contains("data-paused=\"true\"", diary, StringComparison.Ordinal);
        var rows = PatientRow().Matches(clinic).Select(m => (Id: Guid.Parse(m.Groups["id"].Value), Top: m.Groups["top"].Value)).ToList();
        Assert.Equal([(flagged, "redFlag"), (calm, "none")], rows);
    }

    [GeneratedRegex("""data-patient-row="(?<id>[0-9a-f-]{36})" data-top-concern="(?<top>[a-zA-Z]+)""")]
    private static partial Regex PatientRow();
}
