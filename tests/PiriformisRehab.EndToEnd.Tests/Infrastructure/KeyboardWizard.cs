using System.Globalization;
using Microsoft.Playwright;

namespace PiriformisRehab.EndToEnd.Tests.Infrastructure;

/// <summary>
/// Drives the self-check with the keyboard only: Tab to move, Space and arrow keys to choose,
/// digits to type, Enter to press buttons and follow links. It never clicks, so a control that
/// cannot be reached or operated by keyboard fails the test. Each page of the check is its own
/// address, reached by a plain form post (ADR-008).
/// </summary>
/// <param name="page">The page to drive.</param>
/// <param name="scripted">Whether the page runs its script, which sends an emergency answer at once.</param>
internal sealed class KeyboardWizard(IPage page, bool scripted = true)
{
    private const int MaxTabs = 250;

    /// <summary>The pages in asking order (seeds/questions.json).</summary>
    public static readonly string[] Pages = [.. PiriformisRehab.Domain.Questions.QuestionCatalog.Default.Pages.Select(p => p.Id)];

    public IPage Page => page;

    public static async Task<KeyboardWizard> OpenAsync(IPage page, string path = "check", bool scripted = true)
    {
        await page.GotoAsync(path);
        await page.Locator("[data-step], .emergency").First.WaitForAsync();
        return new KeyboardWizard(page, scripted);
    }

    /// <summary>The page the browser shows now.</summary>
    public Task<string?> StepAsync() => page.Locator("[data-step]").GetAttributeAsync("data-step");

    /// <summary>Presses Tab until the focused element matches the CSS <paramref name="selector"/>.</summary>
    public Task TabToAsync(string selector) =>
        TabUntilAsync("s => !!document.activeElement && document.activeElement.matches(s)", selector, selector);

    /// <summary>Presses Tab until a focused button or link shows exactly <paramref name="text"/>.</summary>
    public Task TabToTextAsync(string text) =>
        TabUntilAsync(
            "t => { const e = document.activeElement; return !!e && (e.tagName === 'BUTTON' || e.tagName === 'A') && e.textContent.trim() === t; }",
            text,
            $"the '{text}' button or link");

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

        throw new InvalidOperationException($"Could not reach {what} with the Tab key on {page.Url}.");
    }

    /// <summary>Answers a yes/no or choice question: Tab into its group, then Space or arrows to the option.</summary>
    public async Task ChooseAsync(string questionId, string value)
    {
        var group = $"[data-question-id='{questionId}'] input[type=radio]";
        // Read before any key is pressed: once an emergency answer is sent, this page is gone.
        var stops = scripted && await page.Locator($"{group}[value='{value}'][data-stops='true']").CountAsync() > 0;
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

        // With JavaScript an emergency answer (data-stops) is sent at once. Its radio is checked before
        // the post leaves, so waiting for :checked would let the caller read a page that is about to
        // be replaced; for such an answer "done" is the stop page itself.
        await page.Locator(stops ? ".emergency" : $"{group}[value='{value}']:checked").WaitForAsync();
    }

    /// <summary>Types a whole number into a number question; Tab away commits it.</summary>
    public async Task TypeNumberAsync(string questionId, int value)
    {
        var text = value.ToString(CultureInfo.InvariantCulture);
        await TabToAsync($"[data-question-id='{questionId}'] input[type=number]");
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.TypeAsync(text);
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(page.Locator($"[data-question-id='{questionId}'] input[type=number]")).ToHaveValueAsync(text);
    }

    /// <summary>Ticks "I do not know" under a number question.</summary>
    public async Task DontKnowAsync(string questionId)
    {
        await TabToAsync($"#in-{questionId}-dontKnow");
        await page.Keyboard.PressAsync("Space");
        await Assertions.Expect(page.Locator($"#in-{questionId}-dontKnow")).ToBeCheckedAsync();
    }

    /// <summary>Tabs to a button or link by its visible text and presses Enter.</summary>
    public async Task PressAsync(string text)
    {
        await TabToTextAsync(text);
        await page.Keyboard.PressAsync("Enter");
    }

    public Task PressButtonAsync(string text) => PressAsync(text);

    /// <summary>Presses Continue and waits for <paramref name="expectedStep"/> to load.</summary>
    public async Task ContinueAsync(string expectedStep)
    {
        await PressAsync("Continue");
        await page.Locator($"[data-step='{expectedStep}']").WaitForAsync();
    }

    /// <summary>
    /// Answers every question the current page shows: yes/no "false" and plain numbers unless
    /// <paramref name="given"/> says otherwise. A follow-up is answered once its parent's Yes reveals it.
    /// </summary>
    public async Task AnswerPageAsync(IReadOnlyDictionary<string, string>? given = null)
    {
        var ids = await page.Locator("[data-question-id]").EvaluateAllAsync<string[]>("els => els.map(e => e.dataset.questionId)");
        foreach (var id in ids)
        {
            var container = page.Locator($"[data-question-id='{id}']");
            if (!await container.IsVisibleAsync())
            {
                continue;
            }

            var value = given?.GetValueOrDefault(id);
            if (value == "dontKnow")
            {
                await DontKnowAsync(id);
            }
            else if (await container.Locator("input[type=number]").CountAsync() > 0)
            {
                await TypeNumberAsync(id, int.Parse(value ?? (id == "age" ? "34" : "3"), CultureInfo.InvariantCulture));
            }
            else
            {
                var options = await container.Locator("input[type=radio]").EvaluateAllAsync<string[]>("els => els.map(e => e.value)");
                await ChooseAsync(id, value ?? (options.Contains("false") ? "false" : id == "runningStatus" ? "runningWithPain" : options[1]));
            }

            if (await page.Locator(".emergency").CountAsync() > 0)
            {
                return;
            }
        }
    }

    /// <summary>Answers and continues through every page up to (not including) <paramref name="stopAt"/>.</summary>
    public async Task AnswerUpToAsync(string stopAt, IReadOnlyDictionary<string, string>? given = null)
    {
        foreach (var (id, next) in Pages.Zip([.. Pages.Skip(1), "answers"]))
        {
            if (id == stopAt)
            {
                return;
            }

            await page.Locator($"[data-step='{id}']").WaitForAsync();
            await AnswerPageAsync(given);
            await ContinueAsync(next);
        }
    }

    /// <summary>Answers every page and continues to check your answers.</summary>
    public Task AnswerAllAsync(IReadOnlyDictionary<string, string>? given = null) => AnswerUpToAsync("(to the end)", given);

    /// <summary>From check your answers, presses "See my results" and waits for the result.</summary>
    public async Task SeeResultsAsync()
    {
        await PressAsync("See my results");
        await page.Locator("[data-triage]").WaitForAsync();
    }

    /// <summary>Opens the check, answers every page (the listed questions yes) and shows the result.</summary>
    public static async Task<KeyboardWizard> FinishAsync(IPage page, params string[] yes)
    {
        var wizard = await OpenAsync(page);
        await wizard.AnswerAllAsync(yes.ToDictionary(id => id, _ => "true"));
        await wizard.SeeResultsAsync();
        return wizard;
    }

    /// <summary>Answers every safety page "no" except the listed "yes" answers, arriving at the main signs.</summary>
    public Task AnswerSafetyAsync(params string[] yes) => AnswerUpToAsync("main-signs", yes.ToDictionary(id => id, _ => "true"));

    /// <summary>Moves focus back to the top of the page, so Tab order restarts at the beginning.</summary>
    public Task ResetFocusAsync() => page.EvaluateAsync("() => { document.activeElement?.blur(); window.scrollTo(0, 0); }");
}
