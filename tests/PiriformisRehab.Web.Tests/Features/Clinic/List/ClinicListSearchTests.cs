using PiriformisRehab.Web.Tests.Infrastructure;

namespace PiriformisRehab.Web.Tests.Features.Clinic.List;

/// <summary>The clinic list searches by label, the same way on either database, and a search never hides an alert.</summary>
public sealed class ClinicListSearchTests(FollowUpApp app) : IClassFixture<FollowUpApp>
{
    private static readonly string[] Labels = ["Émile 07", "emma hip", "JB knee-hip 01", "Zoë runner", "Ana 12"];

    [Theory]
    [InlineData("émi", "Émile 07")]
    [InlineData("ÉMILE", "Émile 07")]
    [InlineData("HIP", "JB knee-hip 01", "emma hip")]
    [InlineData("zoë", "Zoë runner")]
    [InlineData("  ana 1  ", "Ana 12")]
    [InlineData("%", new string[0])]
    [InlineData("_", new string[0])]
    public async Task SearchFindsEveryLabelContainingItWhateverTheCase(string search, params string[] expected)
    {
        using var physio = await PhysioAsync();

        var page = await ClinicListSeed.PageAsync(physio, "?q=" + Uri.EscapeDataString(search));

        Assert.Equal(expected.Order(StringComparer.Ordinal), ClinicListSeed.Labels(page).Order(StringComparer.Ordinal));
        Assert.Equal(expected.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), ClinicListSeed.State(page, "data-matching"));
    }

    [Theory]
    [InlineData("a\u0001b")]
    [InlineData("\u007f")]
    [InlineData("\uFFFF\u0000")]
    public async Task ASearchWithControlCharactersIsRefusedBesideTheSearchField(string search)
    {
        using var physio = await PhysioAsync();

        var page = await ClinicListSeed.PageAsync(physio, "?q=" + Uri.EscapeDataString(search));

        Assert.Equal("Search with letters, numbers and punctuation only.", page.QuerySelector("#patient-search-error[data-search-error]")?.TextContent.Trim());
        Assert.Equal("true", page.QuerySelector("#patient-search")?.GetAttribute("aria-invalid"));
        Assert.Equal(Labels.Length, ClinicListSeed.Labels(page).Count);
    }

    [Fact]
    public async Task ASearchLongerThanALabelIsRefusedBesideTheSearchField()
    {
        using var physio = await PhysioAsync();

        var page = await ClinicListSeed.PageAsync(physio, "?q=" + new string('a', 81));

        Assert.Contains("at most 80 characters", page.QuerySelector("#patient-search-error")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(Labels.Length, ClinicListSeed.Labels(page).Count);
    }

    [Fact]
    public async Task TheNextPageOfASearchKeepsTheSearch()
    {
        using var physio = await PhysioSession.RegisterAsync(app.Factory);
        var first = await physio.AddPatientAsync("hip 00");
        await ClinicListSeed.PatientsAsync(app.Factory, await ClinicListSeed.PhysioIdAsync(app.Factory, first), Enumerable.Range(1, 29).Select(i => $"hip {i:00}"));

        var page = await ClinicListSeed.PageAsync(physio, "?q=hip%20");

        Assert.Equal("/clinic?page=2&q=hip", page.QuerySelector("[data-page-link='next']")?.GetAttribute("href"));
    }

    [Fact]
    public async Task ASearchThatLeavesOutAPatientWithAnAlertStillCountsTheAlert()
    {
        using var physio = await PhysioAsync();
        await DiarySeed.PatientAsync(app.Factory, physio, "Red flag runner", DiarySeed.RedFlag);

        var page = await ClinicListSeed.PageAsync(physio, "?q=emma");

        Assert.Equal(["emma hip"], ClinicListSeed.Labels(page));
        Assert.Equal("1", ClinicListSeed.State(page, "data-alerting-count"));
        Assert.Contains("1 patient has an alert", page.QuerySelector("[data-alerting-count]")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GeneratedSearchesNeverFailTheList()
    {
        using var physio = await PhysioAsync();
        var random = new Random(1516);
        // Escaped pieces: a lone surrogate can only arrive as bytes that are not UTF-8 (%ED%A0%80).
        string[] pieces = ["a", "%C3%A9", "%C3%89", "%20", "%25", "_", "%5C", "'", "%22", "%3C", "%3E", "%26", "%3B", "%00", "%01", "%E2%80%8B",
            "%F0%9F%8F%83", "%ED%A0%80", "%FF", "%", "%E2%82", "z", "0", "-", "+"];
        for (var i = 0; i < 40; i++)
        {
            var value = string.Concat(Enumerable.Range(0, random.Next(0, 100)).Select(_ => pieces[random.Next(pieces.Length)]));
            using var response = await physio.Client.GetAsync("/clinic?q=" + value, TestContext.Current.CancellationToken);
            Assert.True(response.IsSuccessStatusCode, $"q={value} answered {(int)response.StatusCode}");
        }
    }

    private async Task<PhysioSession> PhysioAsync()
    {
        var physio = await PhysioSession.RegisterAsync(app.Factory);
        var first = await physio.AddPatientAsync(Labels[0]);
        await ClinicListSeed.PatientsAsync(app.Factory, await ClinicListSeed.PhysioIdAsync(app.Factory, first), Labels.Skip(1));
        return physio;
    }
}
