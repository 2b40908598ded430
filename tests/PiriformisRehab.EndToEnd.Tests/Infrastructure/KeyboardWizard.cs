using Microsoft.Playwright;

namespace PiriformisRehab.EndToEnd.Tests.Infrastructure;

/// <summary>
/// Drives the self-check with the keyboard only: Tab to move, Space and arrow keys to choose,
/// digits to type, Enter to press buttons. It never clicks, so a control that cannot be reached
/// or operated by keyboard fails the test.
/// </summary>
internal sealed class KeyboardWizard(IPage page)
{
    private const int MaxTabs = 250;

    public IPage Page => page;

    public static async Task<KeyboardWizard> OpenAsync(IPage page, string path = "check")
    {
        await page.GotoAsync(path);
        // A prerendered page does nothing until the circuit is live.
        await page.Locator("[data-interactive='true']").WaitForAsync();
        await page.Locator("[data-question-id], .emergency").First.WaitForAsync();
        return new KeyboardWizard(page);
    }

    /// <summary>Presses Tab until the focused element matches the CSS <paramref name="selector"/>.</summary>
    public Task TabToAsync(string selector) =>
        TabUntilAsync("s => !!document.activeElement && document.activeElement.matches(s)", selector, selector);

    /// <summary>Presses Tab until a focused button or link shows exactly <paramref name="text"/>.</summary>
    public Task TabToTextAsync(string text) =>
        TabUntilAsync(
            "t => { const e = document.activeElement; return !!e && (e.tagName === 'BUTTON' || e.tagName === 'A') && e.textContent.trim() === t; }",
            text,
            $"the '{text}' button");

    private async Task TabUntilAsync(string predicate, string argument, string what)
    {
        for (var i = 0; i < MaxTabs; i++)
        {
            if (await page.EvaluateAsync<bool>(predicate, argument))
            {
                return;
            }

            await page.Keyboard.PressAsync("Tab");
        }

        throw new InvalidOperationException($"Could not reach {what} with the Tab key.");
    }

    /// <summary>Answers a yes/no or choice question: Tab into its group, then Space or arrows to the option.</summary>
    public async Task ChooseAsync(string questionId, string value)
    {
        var group = $"[data-question-id='{questionId}'] input[type=radio]";
        await TabToAsync(group);
        var values = await page.Locator(group).EvaluateAllAsync<string[]>("els => els.map(e => e.value)");
        var focused = await page.EvaluateAsync<string>("() => document.activeElement.value");
        var moves = Array.IndexOf(values, value) - Array.IndexOf(values, focused);
        if (moves == 0)
        {
            await page.Keyboard.PressAsync("Space");
        }

        for (var i = 0; i < Math.Abs(moves); i++)
        {
            await page.Keyboard.PressAsync(moves > 0 ? "ArrowRight" : "ArrowLeft");
        }

        // An emergency answer replaces the wizard at once, so "done" is either the checked option or the stop.
        await page.Locator($"{group}[value='{value}']:checked, .emergency").First.WaitForAsync();
    }

    /// <summary>Types a whole number into a number question; Tab away commits it.</summary>
    public async Task TypeNumberAsync(string questionId, int value)
    {
        await TabToAsync($"[data-question-id='{questionId}'] input[type=number]");
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.TypeAsync(value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(page.Locator($"[data-question-id='{questionId}'] input[type=number]")).ToHaveValueAsync(value.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>Tabs to a button by its visible text and presses Enter.</summary>
    public async Task PressButtonAsync(string text)
    {
        await TabToTextAsync(text);
        await page.Keyboard.PressAsync("Enter");
    }

    /// <summary>Next, then waits until the following step's heading has taken focus.</summary>
    public async Task NextAsync(string expectedStep)
    {
        await PressButtonAsync("Next");
        // The wizard moves focus to the heading in a JS call after the step renders. Waiting only for
        // the step let a slow machine tab to the old Next button, then press Enter on the heading.
        await Assertions.Expect(page.Locator($"[data-step='{expectedStep}'] h2")).ToBeFocusedAsync();
    }

    /// <summary>Answers every safety question "no" except those listed as "yes".</summary>
    public async Task AnswerSafetyAsync(params string[] yes)
    {
        var ids = await page.Locator("[data-step='safety'] [data-question-id]").EvaluateAllAsync<string[]>("els => els.map(e => e.dataset.questionId)");
        foreach (var id in ids)
        {
            await ChooseAsync(id, yes.Contains(id) ? "true" : "false");
        }
    }

    /// <summary>Moves focus back to the top of the page, so Tab order restarts at the beginning.</summary>
    public Task ResetFocusAsync() => page.EvaluateAsync("() => { document.activeElement?.blur(); window.scrollTo(0, 0); }");
}
