using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PiriformisRehab.EndToEnd.Tests.Infrastructure;

namespace PiriformisRehab.EndToEnd.Tests;

/// <summary>The results print as a clean summary of at most four A4 pages, without the navigation chrome.</summary>
public sealed partial class PrintViewTests(AppServer server)
{
    [GeneratedRegex(@"/Type\s*/Page[^s]")]
    private static partial Regex PdfPage();

    [Fact]
    public async Task PrintedResultsKeepTheSummaryAndDropTheChrome()
    {
        var page = await server.NewPageAsync(Viewport.Desktop);
        await QuickCheck.FinishAsync(page, "buttockPain", "worseSitting");

        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        await Assertions.Expect(page.Locator(".mud-appbar")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator(".change-link").First).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("button:text('Print or save as PDF')")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator(".disclaimer")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-answer='buttockPain']")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-category='gluteActivation']")).ToBeVisibleAsync();
    }

    [Theory]
    [InlineData("selfCare", new[] { "buttockPain", "sciaticNotchTenderness", "worseSitting", "worseOnPiriformisStretch" })]
    [InlineData("urgent", new[] { "nightPainUnrelenting", "buttockPain" })]
    public async Task PrintedResultFitsOnFourA4Pages(string triage, string[] yes)
    {
        var page = await server.NewPageAsync(Viewport.Desktop);
        await QuickCheck.FinishAsync(page, yes);
        await page.Locator($"[data-triage='{triage}']").WaitForAsync();

        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        var heights = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('.result > *')].map(e => `${e.className || e.tagName} ${Math.round(e.getBoundingClientRect().height)}`)");
        var pdf = await page.PdfAsync(new PagePdfOptions { Format = "A4", Path = Path.Combine(AppServer.ArtifactsDirectory, $"results-print-{triage}.pdf") });

        var pages = PdfPage().Count(System.Text.Encoding.Latin1.GetString(pdf));
        Assert.True(pages is >= 1 and <= 4, $"{pages} A4 pages; heights in print: {string.Join(", ", heights)}");
    }
}
