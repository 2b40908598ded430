using Microsoft.Playwright;
using PiriformisRehab.EndToEnd.Tests.Infrastructure;

namespace PiriformisRehab.EndToEnd.Tests;

/// <summary>The draft survives a reload and a brand-new circuit (as after a server restart).</summary>
public sealed class WizardDraftTests(AppServer server)
{
    private static async Task<KeyboardWizard> AnswerUpToCoreAsync(IPage page)
    {
        var wizard = await KeyboardWizard.OpenAsync(page);
        await wizard.AnswerSafetyAsync();
        await wizard.NextAsync("core");
        await wizard.ChooseAsync("buttockPain", "true");
        await wizard.ChooseAsync("worseSitting", "true");
        return wizard;
    }

    [Fact]
    public async Task ReloadMidWizardKeepsTheStepAndAnswers()
    {
        var page = await server.NewPageAsync(Viewport.Phone);
        await AnswerUpToCoreAsync(page);

        await page.ReloadAsync();

        await page.Locator("[data-step='core']").WaitForAsync();
        await Assertions.Expect(page.Locator("[data-question-id='buttockPain'] input[value='true']")).ToBeCheckedAsync();
        await Assertions.Expect(page.Locator("[data-question-id='worseSitting'] input[value='true']")).ToBeCheckedAsync();
    }

    [Fact]
    public async Task NewCircuitResumesTheDraftAsAfterAServerRestart()
    {
        var page = await server.NewPageAsync(Viewport.Desktop);
        await AnswerUpToCoreAsync(page);
        var second = await page.Context.NewPageAsync();
        await page.CloseAsync();

        await KeyboardWizard.OpenAsync(second);

        await second.Locator("[data-step='core']").WaitForAsync();
        await Assertions.Expect(second.Locator("[data-question-id='buttockPain'] input[value='true']")).ToBeCheckedAsync();
    }

    [Fact]
    public async Task BackKeepsTheSafetyAnswers()
    {
        var page = await server.NewPageAsync(Viewport.Desktop);
        var wizard = await AnswerUpToCoreAsync(page);

        await wizard.PressButtonAsync("Back");

        await page.Locator("[data-step='safety']").WaitForAsync();
        // Every safety question shown (16; the both-legs follow-up waits for a yes) keeps its "no".
        await Assertions.Expect(page.Locator("[data-step='safety'] input[value='false']:checked")).ToHaveCountAsync(16);
    }

    [Fact]
    public async Task ChangeAnAnswerFromResultsReturnsToResultsWithTheNewAnswer()
    {
        var page = await server.NewPageAsync(Viewport.Desktop);
        var wizard = await AnswerUpToCoreAsync(page);
        await wizard.NextAsync("supporting");
        await wizard.NextAsync("context");
        await wizard.TypeNumberAsync("painWorst", 3);
        await wizard.PressButtonAsync("See my results");
        await page.Locator("[data-answer='painWorst']").WaitForAsync();

        await wizard.TabToAsync("[data-answer='painWorst'] a.change-link");
        await page.Keyboard.PressAsync("Enter");
        wizard = new KeyboardWizard(page);
        await page.Locator("[data-interactive='true'] [data-step='context']").WaitForAsync();
        await Assertions.Expect(page.Locator("[data-question-id='painWorst'] input")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.TypeAsync("8");
        await page.Keyboard.PressAsync("Tab");
        await wizard.PressButtonAsync("Back to results");

        await Assertions.Expect(page.Locator("[data-answer='painWorst']")).ToContainTextAsync("8/10");
        await Assertions.Expect(page.Locator("[data-severity='severe']")).ToBeVisibleAsync();
    }
}
