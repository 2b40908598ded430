using Microsoft.Playwright;

namespace PiriformisRehab.CircuitMemory;

/// <summary>What each browser page is left showing while memory is measured.</summary>
internal enum Target
{
    /// <summary>Wizard step 1 (safety) with all 13 questions answered "no".</summary>
    Safety,

    /// <summary>Wizard step 4 (context), every question of every step answered: the heaviest live state.</summary>
    Context,

    /// <summary>A bench-only page with one interactive counter: the floor a circuit costs on this server.</summary>
    Trivial,

    /// <summary>The static home page: no circuit. Measures the harness's own per-page cost.</summary>
    Static,
}

/// <summary>
/// Opens one isolated browser context per circuit and drives it by clicks to the target state.
/// Every wait has a time limit (the context default), so a stuck page fails the run instead of
/// hanging it.
/// </summary>
internal sealed class WizardDriver(IBrowser browser, Uri baseAddress)
{
    private const string DraftKey = "piriformisRehab.draft.v1";
    private const float TimeoutMs = 20_000;

    // "Some yes" on the clinical steps; everything else there is answered "no".
    private static readonly HashSet<string> YesAnswers = new(StringComparer.Ordinal)
    {
        "buttockPain", "sciaticNotchTenderness", "worseSitting",
        "painRadiatesThigh", "hipDropOrWeakGlutes",
    };

    private static readonly Dictionary<string, string> ContextAnswers = new(StringComparer.Ordinal)
    {
        ["painNow"] = "4",
        ["painWorst"] = "6",
        ["settleTime"] = "hours",
        ["sittingToleranceMinutes"] = "30",
        ["durationWeeks"] = "6",
        ["runningStatus"] = "runningWithPain",
        ["age"] = "38",
    };

    /// <summary>A fresh context (no cookies, empty storage) driven to <paramref name="target"/>; one retry.</summary>
    public async Task<IBrowserContext> OpenAsync(Target target)
    {
        try
        {
            return await OpenOnceAsync(target);
        }
        catch (Exception ex) when (ex is PlaywrightException or TimeoutException)
        {
            Console.Error.WriteLine($"  (retrying one page after: {ex.Message.Split('\n')[0]})");
            return await OpenOnceAsync(target);
        }
    }

    private async Task<IBrowserContext> OpenOnceAsync(Target target)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
        context.SetDefaultTimeout(TimeoutMs);
        context.SetDefaultNavigationTimeout(TimeoutMs);
        try
        {
            var page = await context.NewPageAsync();
            switch (target)
            {
                case Target.Static:
                    await page.GotoAsync(string.Empty);
                    await page.Locator("h1").First.WaitForAsync();
                    break;
                case Target.Trivial:
                    await page.GotoAsync(TrivialPageStartupFilter.Path.TrimStart('/'));
                    await page.Locator("[data-interactive='true']").WaitForAsync();
                    break;
                default:
                    await DriveWizardAsync(page, target);
                    break;
            }

            return context;
        }
        catch
        {
            await context.CloseAsync();
            throw;
        }
    }

    private static async Task DriveWizardAsync(IPage page, Target target)
    {
        await page.GotoAsync("check");
        // A prerendered page does nothing until the circuit is live.
        await page.Locator("[data-interactive='true']").WaitForAsync();
        await page.Locator("[data-step='safety'] [data-question-id]").First.WaitForAsync();

        var answered = await AnswerStepAsync(page, "safety", _ => "false");
        if (target == Target.Context)
        {
            await NextAsync(page, "core");
            answered += await AnswerStepAsync(page, "core", YesOrNo);
            await NextAsync(page, "supporting");
            answered += await AnswerStepAsync(page, "supporting", YesOrNo);
            await NextAsync(page, "context");
            answered += await AnswerStepAsync(page, "context", id => ContextAnswers[id]);
        }

        // The server saves the draft to localStorage after it has applied each answer, so a draft
        // holding every answer and the right step means the circuit holds them too.
        var step = target == Target.Context ? 3 : 0;
        await page.WaitForFunctionAsync(
            "([key, count, step]) => { const d = JSON.parse(localStorage.getItem(key) || 'null'); return !!d && d.step === step && Object.keys(d.answers || {}).length === count; }",
            new object[] { DraftKey, answered, step },
            new PageWaitForFunctionOptions { Timeout = TimeoutMs, PollingInterval = 100 });
    }

    private static string YesOrNo(string id) => YesAnswers.Contains(id) ? "true" : "false";

    /// <summary>Answers every question on the current step; returns how many.</summary>
    private static async Task<int> AnswerStepAsync(IPage page, string step, Func<string, string> answerFor)
    {
        var ids = await page.Locator($"[data-step='{step}'] [data-question-id]")
            .EvaluateAllAsync<string[]>("els => els.map(e => e.dataset.questionId)");
        foreach (var id in ids)
        {
            var value = answerFor(id);
            var question = page.Locator($"[data-question-id='{id}']");
            var number = question.Locator("input[type=number]");
            if (await number.CountAsync() > 0)
            {
                await number.FillAsync(value);
                // The wizard listens for "change", which a real user's leaving the field fires.
                await number.BlurAsync();
            }
            else
            {
                await question.Locator($"input[type=radio][value='{value}']").CheckAsync();
            }
        }

        return ids.Length;
    }

    private static async Task NextAsync(IPage page, string expectedStep)
    {
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Next", Exact = true }).ClickAsync();
        await page.Locator($"[data-step='{expectedStep}'] [data-question-id]").First.WaitForAsync();
    }

    /// <summary>
    /// Leaves the page first (Blazor then tells the server to end the circuit at once instead of
    /// keeping it for reconnection), then closes the context.
    /// </summary>
    public static async Task CloseAsync(IBrowserContext context)
    {
        try
        {
            foreach (var page in context.Pages)
            {
                await page.GotoAsync("about:blank", new PageGotoOptions { Timeout = TimeoutMs });
            }
        }
        catch (PlaywrightException ex)
        {
            Console.Error.WriteLine($"  (leaving a page failed: {ex.Message.Split('\n')[0]})");
        }

        await context.CloseAsync();
    }
}
