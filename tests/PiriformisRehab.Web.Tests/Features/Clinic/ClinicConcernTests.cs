using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using PiriformisRehab.Web.Tests.Infrastructure;

namespace PiriformisRehab.Web.Tests.Features.Clinic;

/// <summary>The clinic list puts the patients who need the physio first, and says why in words.</summary>
public sealed class ClinicConcernTests(FollowUpApp app) : IClassFixture<FollowUpApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string, string> Kinds => new()
    {
        { DiarySeed.RedFlag, "Red flag" },
        { DiarySeed.HighPain, "Pain 7+" },
        { DiarySeed.FlareUps, "Two flare-ups" },
        { DiarySeed.Quiet, "No check-in 14 days" },
    };

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task EachKindOfConcernShowsItsLabelOnThePatientsRow(string kind, string label)
    {
        using var physio = await PhysioSession.RegisterAsync(app.Factory);
        var (patient, _) = await DiarySeed.PatientAsync(app.Factory, physio, "Patient " + kind, kind);

        var row = (await RowsAsync(physio)).Single(r => r.GetAttribute("data-patient-row") == patient.ToString());

        var badge = row.QuerySelector($"[data-concern='{kind}']");
        Assert.NotNull(badge);
        Assert.Equal(label, badge.TextContent.Trim());
        Assert.Equal(kind, row.GetAttribute("data-top-concern"));
    }

    [Fact]
    public async Task PatientsAreSortedRedFlagThenHighPainThenFlareUpsThenQuietThenTheRest()
    {
        using var physio = await PhysioSession.RegisterAsync(app.Factory);
        // Labels in the reverse alphabetical order of the expected list, so sorting by label alone fails.
        await DiarySeed.PatientAsync(app.Factory, physio, "A settled", DiarySeed.None);
        await DiarySeed.PatientAsync(app.Factory, physio, "B quiet", DiarySeed.Quiet);
        await DiarySeed.PatientAsync(app.Factory, physio, "C flaring", DiarySeed.FlareUps);
        await DiarySeed.PatientAsync(app.Factory, physio, "D in pain", DiarySeed.HighPain);
        await DiarySeed.PatientAsync(app.Factory, physio, "E red flag", DiarySeed.RedFlag);
        await physio.AddPatientAsync("F no programme");

        var labels = (await RowsAsync(physio)).Select(r => r.QuerySelector(".record-link")!.TextContent.Trim()).ToList();

        Assert.Equal(["E red flag", "D in pain", "C flaring", "B quiet", "A settled", "F no programme"], labels);
    }

    [Fact]
    public async Task ARowShowsTheLastCheckInThePainAndTheTrend()
    {
        using var physio = await PhysioSession.RegisterAsync(app.Factory);
        var (patient, _) = await DiarySeed.PatientAsync(app.Factory, physio, "Trend patient", DiarySeed.None);

        var row = (await RowsAsync(physio)).Single(r => r.GetAttribute("data-patient-row") == patient.ToString());

        var text = row.QuerySelector("[data-patient-trend]")!.TextContent;
        var last = app.Clock.Today.AddDays(-1).ToString("d MMM yyyy", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains($"last check-in {last}", text, StringComparison.Ordinal);
        Assert.Contains("pain now 2/10, worst 3/10", text, StringComparison.Ordinal);
        Assert.Contains("pain 3 → 2 over 2 days", text, StringComparison.Ordinal);
        Assert.Contains("early days", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task APatientWithAProgrammeButNoLinkHasNoConcern()
    {
        using var physio = await PhysioSession.RegisterAsync(app.Factory);
        var patient = await physio.AddPatientAsync("No link yet");
        await physio.CreateStandardProgrammeAsync(patient);

        var row = (await RowsAsync(physio)).Single(r => r.GetAttribute("data-patient-row") == patient.ToString());

        Assert.Equal("none", row.GetAttribute("data-top-concern"));
        Assert.Empty(row.QuerySelectorAll("[data-concern]"));
    }

    private static async Task<IReadOnlyList<IElement>> RowsAsync(PhysioSession physio)
    {
        var html = await physio.Client.GetStringAsync("/clinic", Ct);
        var document = await new HtmlParser().ParseDocumentAsync(html, Ct);
        return [.. document.QuerySelectorAll("[data-patient-row]")];
    }
}
