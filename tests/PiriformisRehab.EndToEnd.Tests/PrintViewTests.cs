using Microsoft.Playwright;
using PiriformisRehab.EndToEnd.Tests.Infrastructure;

namespace PiriformisRehab.EndToEnd.Tests;

/// <summary>The results print as one clean summary: answers, result and plan, no navigation chrome.</summary>
public sealed class PrintViewTests(AppServer server)
{
    [Fact]
    public async Task PrintedResultsKeepTheSummaryAndDropTheChrome()
    {
        var page = await server.NewPageAsync(Viewport.Desktop);
        var wizard = await KeyboardWizard.OpenAsync(page);
        await wizard.AnswerSafetyAsync();
        await wizard.NextAsync("core");
        await wizard.ChooseAsync("buttockPain", "true");
        await wizard.ChooseAsync("worseSitting", "true");
        await wizard.NextAsync("supporting");
        await wizard.NextAsync("context");
        await wizard.PressButtonAsync("See my results");
        await page.Locator("[data-triage]").WaitForAsync();

        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        await Assertions.Expect(page.Locator(".mud-appbar")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator(".change-link").First).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("button:text('Print or save as PDF')")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator(".disclaimer")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-answer='buttockPain']")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-category='gluteActivation']")).ToBeVisibleAsync();
        await page.PdfAsync(new PagePdfOptions { Path = Path.Combine(AppServer.ArtifactsDirectory, "results-print.pdf") });
    }
}
