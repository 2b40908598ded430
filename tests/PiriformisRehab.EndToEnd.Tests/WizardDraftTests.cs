using Microsoft.Playwright;
using PiriformisRehab.EndToEnd.Tests.Infrastructure;

namespace PiriformisRehab.EndToEnd.Tests;

/// <summary>The draft survives a reload, a new tab and a restarted server (it travels in the protected cookie).</summary>
public sealed class WizardDraftTests(AppServer server)
{
    private static async Task<KeyboardWizard> AnswerUpToMainSignsAsync(IPage page)
    {
        var wizard = await KeyboardWizard.OpenAsync(page);
        await QuickCheck.AnswerUpToAsync(page, "main-signs");
        await wizard.ChooseAsync("buttockPain", "true");
        await wizard.ChooseAsync("worseSitting", "true");
        return wizard;
    }

    [Fact]
    public async Task ReloadKeepsThePageAndTheAnswersSent()
    {
        var page = await server.NewPageAsync(Viewport.Phone);
        await AnswerUpToMainSignsAsync(page);

        await page.ReloadAsync();

        await page.Locator("[data-step='main-signs']").WaitForAsync();
        Assert.EndsWith("/check/main-signs", page.Url, StringComparison.Ordinal);
        await page.GoBackAsync();
        await page.Locator("[data-step='standing-and-walking']").WaitForAsync();
        await Assertions.Expect(page.Locator("[data-question-id='cannotBearWeight'] input[value='false']")).ToBeCheckedAsync();
    }

    [Fact]
    public async Task NewTabResumesTheDraftAsAfterAServerRestart()
    {
        var page = await server.NewPageAsync(Viewport.Desktop);
        await AnswerUpToMainSignsAsync(page);
        var second = await page.Context.NewPageAsync();
        await page.CloseAsync();

        await KeyboardWizard.OpenAsync(second);

        // /check resumes at the first page with something missing: every safety answer was kept.
        await second.Locator("[data-step='main-signs']").WaitForAsync();
    }

    [Fact]
    public async Task ChangeAnAnswerFromResultsReturnsToResultsWithTheNewAnswer()
    {
        var page = await server.NewPageAsync(Viewport.Desktop);
        var wizard = await QuickCheck.FinishAsync(page, "buttockPain");
        await page.Locator("[data-answer='painWorst']").WaitForAsync();

        await wizard.TabToAsync("[data-answer='painWorst'] a.change-link");
        await page.Keyboard.PressAsync("Enter");
        await page.Locator("[data-step='your-pain']").WaitForAsync();
        await Assertions.Expect(page.Locator("[data-question-id='painWorst'] input")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.TypeAsync("8");
        await wizard.ContinueAsync("answers");
        await Assertions.Expect(page.Locator("[data-answer='painWorst']")).ToContainTextAsync("8/10");
        await wizard.SeeResultsAsync();

        await Assertions.Expect(page.Locator(".answers [data-answer='painWorst']")).ToContainTextAsync("8/10");
        await Assertions.Expect(page.Locator("[data-severity='severe']")).ToBeVisibleAsync();
    }
}
