using Microsoft.Playwright;
using PiriformisRehab.EndToEnd.Tests.Infrastructure;

namespace PiriformisRehab.EndToEnd.Tests;

/// <summary>Every control a runner taps on a phone is at least 44 by 44 CSS pixels.</summary>
public sealed class TapTargetTests(AppServer server)
{
    // Buttons, stand-alone links, choice labels (the radio's tap area), number inputs and "Why we ask".
    private const string Targets = "button:not([hidden]), a.mud-button-root, a.button, a.change-link, a.back-link, .start-again a, header a, label.choice, label.check-field, input[type=number], summary";

    internal static async Task<string[]> TooSmallAsync(IPage page)
    {
        // Sizes come from app.css: measure only once the stylesheets have loaded (a slow machine
        // showed the results page's controls at their unstyled sizes).
        await page.WaitForLoadStateAsync(LoadState.Load);
        // An empty result must mean "all big enough", not "the selector found nothing to measure".
        var visible = await page.EvaluateAsync<int>("s => [...document.querySelectorAll(s)].filter(e => e.offsetParent !== null).length", Targets);
        Assert.True(visible > 0, $"No visible tap target matched on {page.Url}.");
        return await page.EvaluateAsync<string[]>(
            """
            s => [...document.querySelectorAll(s)]
                .filter(e => e.offsetParent !== null)
                .map(e => [e, e.getBoundingClientRect()])
                .filter(([e, r]) => r.width < 44 || r.height < 44)
                .map(([e, r]) => `${e.tagName.toLowerCase()} "${e.textContent.trim().slice(0, 30)}" ${Math.round(r.width)}x${Math.round(r.height)}`)
            """,
            Targets);
    }

    [Fact]
    public async Task WizardControlsAreAtLeastFortyFourPixels()
    {
        var page = await server.NewPageAsync(Viewport.Phone);
        var wizard = await KeyboardWizard.OpenAsync(page);
        await QuickCheck.AnswerUpToAsync(page, "your-pain");
        Assert.Empty(await TooSmallAsync(page));

        await wizard.AnswerPageAsync();
        await wizard.ContinueAsync("about-you");
        await wizard.AnswerPageAsync();
        await wizard.ContinueAsync("answers");
        Assert.Empty(await TooSmallAsync(page));
    }

    [Fact]
    public async Task HomeAndResultsControlsAreAtLeastFortyFourPixels()
    {
        var page = await server.NewPageAsync(Viewport.Phone);
        await page.GotoAsync("/");
        Assert.Empty(await TooSmallAsync(page));

        await QuickCheck.FinishAsync(page, "nightPainUnrelenting", "buttockPain");
        await page.Locator("[data-triage='urgent']").WaitForAsync();

        Assert.Empty(await TooSmallAsync(page));
    }
}
