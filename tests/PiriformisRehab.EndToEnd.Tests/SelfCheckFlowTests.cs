using Microsoft.Playwright;
using PiriformisRehab.EndToEnd.Tests.Infrastructure;

namespace PiriformisRehab.EndToEnd.Tests;

/// <summary>
/// A new runner goes through the self-check by keyboard alone, on a phone and on a desktop: every
/// page passes axe, every question must be answered, and an emergency stops the check.
/// </summary>
public sealed class SelfCheckFlowTests(AppServer server)
{
    public static TheoryData<Viewport> Viewports => [Viewport.Phone, Viewport.Desktop];

    /// <summary>An emergency on each safety page that can raise one (the injuries page raises urgent flags only).</summary>
    public static TheoryData<Viewport, string, string[]> EmergencyAnswers => new()
    {
        { Viewport.Phone, "nerves", ["saddleNumbness"] },
        { Viewport.Desktop, "nerves", ["bothLegsSymptoms"] },
        { Viewport.Desktop, "general-health", ["feverOrUnwell", "immunosuppressedOrIvDrugUse"] },
        { Viewport.Phone, "standing-and-walking", ["cannotBearWeight"] },
    };

    [Theory]
    [MemberData(nameof(EmergencyAnswers))]
    public async Task EmergencyAnswerOnASafetyPageStopsTheCheck(Viewport viewport, string pageId, string[] yes)
    {
        var page = await server.NewPageAsync(viewport);
        var wizard = await KeyboardWizard.OpenAsync(page);
        await wizard.AnswerUpToAsync(pageId);

        await wizard.AnswerPageAsync(yes.ToDictionary(id => id, _ => "true"));
        if (await page.Locator(".emergency").CountAsync() == 0)
        {
            await wizard.PressAsync("Continue");
        }

        var stop = page.Locator(".emergency[data-triage='emergency']");
        await Assertions.Expect(stop).ToBeVisibleAsync();
        Assert.EndsWith("/check/stop", page.Url, StringComparison.Ordinal);
        await Assertions.Expect(stop).ToContainTextAsync("emergency department");
        await Assertions.Expect(page.Locator("a[href='tel:999']")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-question-id]")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("[data-likelihood-band], .plan, [data-safety-net]")).ToHaveCountAsync(0);
        await AxeCheck.NoSeriousViolationsAsync(page, "the emergency stop");
        await AxeCheck.FitsViewportAsync(page);
        await AxeCheck.ScreenshotAsync(page, $"emergency-{pageId}-{viewport}");

        // "I answered by mistake" goes back to the page of that answer, with the answers kept.
        await wizard.PressAsync("I answered by mistake: change my answer");
        await page.Locator($"[data-step='{pageId}']").WaitForAsync();
        await Assertions.Expect(page.Locator($"[data-question-id='{yes[0]}'] input[value='true']")).ToBeCheckedAsync();
    }

    [Theory]
    [MemberData(nameof(Viewports))]
    public async Task SkippedAndUnsureAnswersReachCheckYourAnswersMarkedAndEveryStepPassesAxe(Viewport viewport)
    {
        var page = await server.NewPageAsync(viewport);
        var wizard = await KeyboardWizard.OpenAsync(page);
        var given = new Dictionary<string, string>
        {
            ["buttockPain"] = "true", ["sciaticNotchTenderness"] = "true", ["worseSitting"] = "true", ["worseOnPiriformisStretch"] = "true",
            ["painBelowKnee"] = "notSure", ["numbnessOrTingling"] = "notSure", ["durationWeeks"] = "dontKnow",
        };

        foreach (var (id, next) in KeyboardWizard.Pages.Zip([.. KeyboardWizard.Pages.Skip(1), "answers"]))
        {
            await page.Locator($"[data-step='{id}']").WaitForAsync();
            await AxeCheck.NoSeriousViolationsAsync(page, $"the page {id}");
            await AxeCheck.FitsViewportAsync(page);
            await AxeCheck.ScreenshotAsync(page, $"step-{id}-{viewport}");
            await wizard.AnswerPageAsync(given);
            await wizard.ContinueAsync(next);
        }

        await AxeCheck.NoSeriousViolationsAsync(page, "check your answers");
        await AxeCheck.ScreenshotAsync(page, $"check-answers-{viewport}");
        await Assertions.Expect(page.Locator("[data-answer-state='notSure']")).ToHaveCountAsync(2);
        await Assertions.Expect(page.Locator("[data-answer='durationWeeks'][data-answer-state='dontKnow']")).ToContainTextAsync("Not known");
        await Assertions.Expect(page.Locator("[data-answer='painBelowKnee']")).ToContainTextAsync("Unsure");

        await wizard.SeeResultsAsync();
        // Unsure answers leave causes open: never "did not point to another cause".
        await Assertions.Expect(page.Locator("[data-not-ruled-out]")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-result-summary]")).ToContainTextAsync("What to do next");
        await Assertions.Expect(page.Locator(".likelihood__score")).ToContainTextAsync("4 of the 4 main signs");
        await AxeCheck.NoSeriousViolationsAsync(page, "the result");
        await AxeCheck.FitsViewportAsync(page);
        await AxeCheck.ScreenshotAsync(page, $"result-{viewport}");
    }

    [Fact]
    public async Task BackAndForwardMoveThroughEveryStepAndNeverLeaveTheCheck()
    {
        var page = await server.NewPageAsync(Viewport.Phone);
        var wizard = await KeyboardWizard.OpenAsync(page);
        await wizard.AnswerAllAsync();
        await wizard.SeeResultsAsync();
        string[] steps = [.. KeyboardWizard.Pages, "answers"];

        foreach (var step in steps.Reverse())
        {
            var back = await page.GoBackAsync();
            Assert.True(back is null || back.Ok, $"Back to {step} answered {back?.Status}");
            await page.Locator($"[data-step='{step}']").WaitForAsync();
        }

        foreach (var step in steps.Skip(1))
        {
            var forward = await page.GoForwardAsync();
            Assert.True(forward is null || forward.Ok, $"Forward to {step} answered {forward?.Status}");
            await page.Locator($"[data-step='{step}']").WaitForAsync();
        }

        var results = await page.GoForwardAsync();
        Assert.True(results is null || results.Ok);
        await page.Locator("[data-triage]").WaitForAsync();
    }

    [Theory]
    [MemberData(nameof(Viewports))]
    public async Task ErrorSummaryTakesFocusAndEachLinkLeadsToItsQuestion(Viewport viewport)
    {
        var page = await server.NewPageAsync(viewport);
        var wizard = await KeyboardWizard.OpenAsync(page);
        await wizard.ChooseAsync("saddleNumbness", "false");

        await wizard.PressAsync("Continue");

        var summary = page.Locator("[data-error-summary]");
        await Assertions.Expect(summary).ToBeFocusedAsync();
        await Assertions.Expect(summary.Locator("a")).ToHaveCountAsync(3);
        await Assertions.Expect(page.Locator("[role='alert']")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("[data-question-id='bladderBowelChange'] .question__error")).ToContainTextAsync("Select yes or no");
        await Assertions.Expect(page).ToHaveTitleAsync(new System.Text.RegularExpressions.Regex("^Error: "));
        await AxeCheck.NoSeriousViolationsAsync(page, "a page with errors");
        await AxeCheck.ScreenshotAsync(page, $"errors-{viewport}");

        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#in-bladderBowelChange-true")).ToBeFocusedAsync();
    }

    /// <summary>The injuries page raises urgent flags, never an emergency: the check goes on and says so on the next pages.</summary>
    [Fact]
    public async Task UrgentAnswerOnTheInjuriesPageIsNoticedOnTheNextPageAndTheCheckGoesOn()
    {
        var page = await server.NewPageAsync(Viewport.Phone);
        var wizard = await KeyboardWizard.OpenAsync(page);
        await wizard.AnswerUpToAsync("injuries");

        await wizard.AnswerPageAsync(new Dictionary<string, string> { ["significantTrauma"] = "true" });
        await wizard.ContinueAsync("standing-and-walking");
        await wizard.AnswerPageAsync();
        await wizard.ContinueAsync("main-signs");

        await Assertions.Expect(page.Locator(".emergency")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("[data-urgent-notice]")).ToContainTextAsync("a doctor should check you");
        await AxeCheck.NoSeriousViolationsAsync(page, "the first page after an urgent injury answer");
    }

    [Fact]
    public async Task StartAgainAsksForConfirmationAndNoKeepsTheAnswers()
    {
        var page = await server.NewPageAsync(Viewport.Phone);
        var wizard = await KeyboardWizard.OpenAsync(page);
        await wizard.AnswerUpToAsync("injuries");

        await wizard.PressAsync("Start again");
        await page.Locator("[data-step='start-again']").WaitForAsync();
        await AxeCheck.NoSeriousViolationsAsync(page, "the start-again confirmation");
        await wizard.PressAsync("No, keep my answers");
        await page.Locator("[data-step='injuries']").WaitForAsync();

        await wizard.PressAsync("Start again");
        await page.Locator("[data-step='start-again']").WaitForAsync();
        await wizard.PressAsync("Yes, delete my answers and start again");
        await page.Locator("[data-step='nerves']").WaitForAsync();
        await Assertions.Expect(page.Locator("input[type=radio]:checked")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task StartAgainSitsApartFromContinue()
    {
        var page = await server.NewPageAsync(Viewport.Phone);
        await KeyboardWizard.OpenAsync(page);

        var continueBox = await page.Locator("[data-continue]").BoundingBoxAsync();
        var startAgain = await page.Locator(".start-again a").BoundingBoxAsync();

        Assert.NotNull(continueBox);
        Assert.NotNull(startAgain);
        Assert.True(startAgain.Y - (continueBox.Y + continueBox.Height) >= 32, "Start again is within 32 px of Continue.");
    }

    [Fact]
    public async Task UrgentAnswerLetsTheRunnerFinishAndWithholdsThePlanUntilCleared()
    {
        var page = await server.NewPageAsync(Viewport.Phone);
        var wizard = await KeyboardWizard.FinishAsync(page, "nightPainUnrelenting", "buttockPain");

        await Assertions.Expect(page.Locator("[data-triage='urgent']")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-plan-withheld='true']")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".exercise")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("[data-next-steps] a[href='tel:111']")).ToBeVisibleAsync();
        await AxeCheck.NoSeriousViolationsAsync(page, "the urgent result");
        await AxeCheck.FitsViewportAsync(page);
        await AxeCheck.ScreenshotAsync(page, "urgent-phone");

        await wizard.TabToAsync("#clinician-cleared");
        await page.Keyboard.PressAsync("Space");
        await wizard.PressAsync("Show my plan");

        await Assertions.Expect(page.Locator("[data-plan-withheld='false']")).ToBeVisibleAsync();
        Assert.True(await page.Locator(".exercise").CountAsync() > 0);
    }

    [Fact]
    public async Task ResultPutsTheSummaryAndSaveOnTheFirstScreen()
    {
        var page = await server.NewPageAsync(Viewport.Phone);
        await KeyboardWizard.FinishAsync(page, "buttockPain", "sciaticNotchTenderness", "worseSitting", "worseOnPiriformisStretch");

        var save = await page.Locator("button:text('Save my results')").BoundingBoxAsync();
        Assert.NotNull(save);
        Assert.True(save.Y < 3 * 740, $"Save is {save.Y} px down the page.");
        await Assertions.Expect(page.Locator("nav.contents a")).ToHaveCountAsync(6);
        await Assertions.Expect(page.Locator(".reasons-details")).Not.ToHaveAttributeAsync("open", "");
        await Assertions.Expect(page.Locator("[data-phases] [data-phase]")).ToHaveCountAsync(3);
    }
}
