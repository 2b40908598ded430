using Microsoft.Playwright;

namespace PiriformisRehab.CircuitMemory;

/// <summary>What each browser page is left showing while memory is measured.</summary>
internal enum Target
{
    /// <summary>The check's first page (nerve warning signs) with its questions answered "no".</summary>
    Safety,

    /// <summary>The check's last page, every earlier page answered and posted: the heaviest state.</summary>
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
        // The check is static pages with plain form posts (ADR-008): every page but the one left
        // showing is answered and posted; the last is answered and left open, as a runner would.
        await page.GotoAsync("check");
        await page.Locator("[data-step='nerves'] [data-question-id]").First.WaitForAsync();
        if (target == Target.Context)
        {
            for (var step = await StepAsync(page); step != "about-you"; step = await StepAsync(page))
            {
                await AnswerPageAsync(page);
                await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Continue", Exact = true }).ClickAsync();
                await page.WaitForURLAsync(url => !url.EndsWith("/check/" + step, StringComparison.Ordinal));
                await page.Locator("[data-step] [data-question-id]").First.WaitForAsync();
            }
        }

        await AnswerPageAsync(page);
    }

    private static Task<string?> StepAsync(IPage page) => page.Locator("[data-step]").GetAttributeAsync("data-step");

    private static string YesOrNo(string id) => YesAnswers.Contains(id) ? "true" : "false";

    /// <summary>Answers every question the current page shows (a follow-up once its parent's yes reveals it).</summary>
    private static async Task AnswerPageAsync(IPage page)
    {
        var ids = await page.Locator("[data-question-id]").EvaluateAllAsync<string[]>("els => els.map(e => e.dataset.questionId)");
        foreach (var id in ids)
        {
            var question = page.Locator($"[data-question-id='{id}']");
            if (!await question.IsVisibleAsync())
            {
                continue;
            }

            var value = ContextAnswers.TryGetValue(id, out var given) ? given : YesOrNo(id);
            var number = question.Locator("input[type=number]");
            if (await number.CountAsync() > 0)
            {
                await number.FillAsync(value);
            }
            else
            {
                await question.Locator($"input[type=radio][value='{value}']").CheckAsync();
            }
        }
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
