using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PiriformisRehab.EndToEnd.Tests.Infrastructure;

namespace PiriformisRehab.EndToEnd.Tests;

/// <summary>A runner saves their results, reopens the private link elsewhere, and deletes it.</summary>
public sealed partial class SavedResultsFlowTests(AppServer server)
{
    public static TheoryData<Viewport> Viewports => [Viewport.Phone, Viewport.Desktop];

    [GeneratedRegex("/r/[A-Za-z0-9_-]{43}$")]
    private static partial Regex SavedLink();

    [Theory]
    [MemberData(nameof(Viewports))]
    public async Task SavedResultsReopenInAFreshBrowserAndStopWorkingOnceDeleted(Viewport viewport)
    {
        var page = await server.NewPageAsync(viewport);
        var wizard = await FinishShortSelfCheckAsync(page);
        var triage = await page.Locator("[data-triage]").GetAttributeAsync("data-triage");
        var band = await page.Locator("[data-triage]").GetAttributeAsync("data-likelihood-band");

        await wizard.PressButtonAsync("Save my results");
        await page.WaitForURLAsync(SavedLink());
        var link = page.Url;
        await Assertions.Expect(page.Locator("[data-saved-copy='true']")).ToContainTextAsync("This is a saved copy");
        await Assertions.Expect(page.Locator($"[data-triage='{triage}'][data-likelihood-band='{band}']")).ToBeVisibleAsync();
        await AxeCheck.NoSeriousViolationsAsync(page, "the saved results page");
        await AxeCheck.FitsViewportAsync(page);
        await AxeCheck.ScreenshotAsync(page, $"saved-{viewport}");

        // Another browser with no cookies or storage: only the link is needed.
        var elsewhere = await server.NewPageAsync(viewport);
        var reopened = await elsewhere.GotoAsync(link);
        Assert.Equal(200, reopened!.Status);
        await Assertions.Expect(elsewhere.Locator($"[data-triage='{triage}'][data-likelihood-band='{band}']")).ToBeVisibleAsync();
        Assert.Equal(await page.Locator(".triage__title").InnerTextAsync(), await elsewhere.Locator(".triage__title").InnerTextAsync());

        var deleter = new KeyboardWizard(elsewhere);
        await deleter.TabToAsync("#confirm-delete");
        await elsewhere.Keyboard.PressAsync("Space");
        await deleter.PressButtonAsync("Delete my data");
        await Assertions.Expect(elsewhere.Locator("h1")).ToHaveTextAsync("Your saved results have been deleted");

        var afterDelete = await server.NewPageAsync(viewport);
        var gone = await afterDelete.GotoAsync(link);
        Assert.Equal(404, gone!.Status);
        await Assertions.Expect(afterDelete.Locator("h1")).ToHaveTextAsync("This link is not valid");
        await Assertions.Expect(afterDelete.Locator("[data-triage]")).ToHaveCountAsync(0);
        await AxeCheck.NoSeriousViolationsAsync(afterDelete, "the link-not-valid page");
    }

    [Fact]
    public async Task PrintedSavedCopyKeepsTheResultAndDateAndDropsTheDeleteForm()
    {
        var page = await server.NewPageAsync(Viewport.Desktop);
        var wizard = await FinishShortSelfCheckAsync(page);
        await wizard.PressButtonAsync("Save my results");
        await page.WaitForURLAsync(SavedLink());

        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        await Assertions.Expect(page.Locator(".mud-appbar")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator(".delete-saved")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("[data-saved-copy] time")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".disclaimer")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-answer='buttockPain']")).ToBeVisibleAsync();
        await page.PdfAsync(new PagePdfOptions { Path = Path.Combine(AppServer.ArtifactsDirectory, "saved-print.pdf") });
    }

    private static Task<KeyboardWizard> FinishShortSelfCheckAsync(IPage page) => QuickCheck.FinishAsync(page, "buttockPain", "worseSitting");
}
