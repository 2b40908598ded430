using PiriformisRehab.Web.Tests.Infrastructure;

namespace PiriformisRehab.Web.Tests.Features.Clinic.List;

/// <summary>The clinic list is paged: 25 patients a page, and any page number a browser can send reads without an error.</summary>
public sealed class ClinicListPagingTests(FollowUpApp app) : IClassFixture<FollowUpApp>
{
    [Fact]
    public async Task TheFirstPageShowsTwentyFivePatientsAndLinksToTheNext()
    {
        using var physio = await PhysioWithPatientsAsync(30);

        var page = await ClinicListSeed.PageAsync(physio);

        Assert.Equal(25, ClinicListSeed.Labels(page).Count);
        Assert.Equal("2", ClinicListSeed.State(page, "data-page-count"));
        Assert.Equal("30", ClinicListSeed.State(page, "data-matching"));
        Assert.Equal("/clinic?page=2", page.QuerySelector("[data-page-link='next']")?.GetAttribute("href"));
        Assert.Null(page.QuerySelector("[data-page-link='previous']"));
    }

    [Fact]
    public async Task TheSecondPageShowsTheRestInTheSameOrder()
    {
        using var physio = await PhysioWithPatientsAsync(30);

        var first = ClinicListSeed.Labels(await ClinicListSeed.PageAsync(physio));
        var second = ClinicListSeed.Labels(await ClinicListSeed.PageAsync(physio, "?page=2"));

        Assert.Equal(5, second.Count);
        Assert.Empty(first.Intersect(second));
        Assert.Equal(Enumerable.Range(0, 30).Select(Label), [.. first, .. second]);
    }

    [Theory]
    [InlineData("?page=999", "2")]
    [InlineData("?page=99999999999999999999", "2")]
    [InlineData("?page=0", "1")]
    [InlineData("?page=-1", "1")]
    [InlineData("?page=abc", "1")]
    [InlineData("?page=1e3", "1")]
    [InlineData("?page=%EF%BC%92", "1")]
    [InlineData("?page=2&page=1", "2")]
    [InlineData("?page=", "1")]
    public async Task AnyPageNumberIsReadAsAPageThatExists(string query, string shown)
    {
        using var physio = await PhysioWithPatientsAsync(30);

        var page = await ClinicListSeed.PageAsync(physio, query);

        Assert.Equal(shown, ClinicListSeed.State(page, "data-clinic-page"));
        Assert.NotEmpty(ClinicListSeed.Labels(page));
    }

    [Fact]
    public async Task GeneratedPageValuesNeverFailTheList()
    {
        using var physio = await PhysioWithPatientsAsync(3);
        var random = new Random(1515);
        const string alphabet = "0123456789-+.e ,%x\u0662\uFF12";
        for (var i = 0; i < 40; i++)
        {
            var value = new string([.. Enumerable.Range(0, random.Next(0, 24)).Select(_ => alphabet[random.Next(alphabet.Length)])]);
            using var response = await physio.Client.GetAsync("/clinic?page=" + Uri.EscapeDataString(value), TestContext.Current.CancellationToken);
            Assert.True(response.IsSuccessStatusCode, $"page={value} answered {(int)response.StatusCode}");
        }
    }

    private static string Label(int i) => $"Runner {i:000}";

    private async Task<PhysioSession> PhysioWithPatientsAsync(int count)
    {
        var physio = await PhysioSession.RegisterAsync(app.Factory);
        var first = await physio.AddPatientAsync(Label(0));
        await ClinicListSeed.PatientsAsync(app.Factory, await ClinicListSeed.PhysioIdAsync(app.Factory, first), Enumerable.Range(1, count - 1).Select(Label));
        return physio;
    }
}
