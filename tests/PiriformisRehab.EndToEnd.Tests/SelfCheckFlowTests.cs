using Microsoft.Playwright;
using PiriformisRehab.EndToEnd.Tests.Infrastructure;

namespace PiriformisRehab.EndToEnd.Tests;

/// <summary>A new runner completes the self-check by keyboard alone, on a phone and on a desktop.</summary>
public sealed class SelfCheckFlowTests(AppServer server)
{
    public static TheoryData<Viewport> Viewports => [Viewport.Phone, Viewport.Desktop];

    [Theory]
    [MemberData(nameof(Viewports))]
    public async Task EmergencyAnswerStopsTheWizardAtOnce(Viewport viewport)
    {
        var page = await server.NewPageAsync(viewport);
        var wizard = await KeyboardWizard.OpenAsync(page);

        await wizard.ChooseAsync("saddleNumbness", "true");

        var stop = page.Locator(".emergency[data-triage='emergency']");
        await Assertions.Expect(stop).ToBeVisibleAsync();
        await Assertions.Expect(stop).ToContainTextAsync("emergency department");
        await Assertions.Expect(page.Locator("[data-question-id]")).ToHaveCountAsync(0);
        await AxeCheck.NoSeriousViolationsAsync(page, "the emergency stop");
        await AxeCheck.FitsViewportAsync(page);
        await AxeCheck.ScreenshotAsync(page, $"emergency-{viewport}");
    }

    [Theory]
    [MemberData(nameof(Viewports))]
    public async Task UrgentAnswerLetsTheRunnerFinishAndWithholdsThePlanUntilCleared(Viewport viewport)
    {
        var page = await server.NewPageAsync(viewport);
        var wizard = await KeyboardWizard.OpenAsync(page);

        await wizard.AnswerSafetyAsync("nightPainUnrelenting");
        await wizard.NextAsync("core");
        await wizard.ChooseAsync("buttockPain", "true");
        await wizard.ChooseAsync("worseSitting", "true");
        await wizard.NextAsync("supporting");
        await wizard.NextAsync("context");
        await wizard.TypeNumberAsync("painNow", 4);
        await wizard.TypeNumberAsync("painWorst", 6);
        await wizard.PressButtonAsync("See my results");

        var result = page.Locator("[data-triage='urgent']");
        await Assertions.Expect(result).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-plan-withheld='true']")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".exercise")).ToHaveCountAsync(0);
        await AxeCheck.NoSeriousViolationsAsync(page, "the urgent result");
        await AxeCheck.FitsViewportAsync(page);
        await AxeCheck.ScreenshotAsync(page, $"urgent-{viewport}");

        await wizard.TabToAsync("#clinician-cleared");
        await page.Keyboard.PressAsync("Space");
        await wizard.PressButtonAsync("Show my plan");

        await Assertions.Expect(page.Locator("[data-plan-withheld='false']")).ToBeVisibleAsync();
        Assert.True(await page.Locator(".exercise").CountAsync() > 0);
    }

    [Theory]
    [MemberData(nameof(Viewports))]
    public async Task SelfCareAnswersGiveTheFullPlanWithReasons(Viewport viewport)
    {
        var page = await server.NewPageAsync(viewport);
        var wizard = await KeyboardWizard.OpenAsync(page);
        await AxeCheck.NoSeriousViolationsAsync(page, "the safety step");

        await wizard.AnswerSafetyAsync();
        await wizard.NextAsync("core");
        await AxeCheck.NoSeriousViolationsAsync(page, "the core step");
        foreach (var id in new[] { "buttockPain", "sciaticNotchTenderness", "worseSitting", "worseOnPiriformisStretch" })
        {
            await wizard.ChooseAsync(id, "true");
        }

        await wizard.NextAsync("supporting");
        await wizard.ChooseAsync("hipDropOrWeakGlutes", "true");
        await AxeCheck.NoSeriousViolationsAsync(page, "the supporting step");
        await wizard.NextAsync("context");
        await wizard.TypeNumberAsync("painNow", 2);
        await wizard.TypeNumberAsync("painWorst", 3);
        await wizard.ChooseAsync("settleTime", "hours");
        await wizard.TypeNumberAsync("sittingToleranceMinutes", 40);
        await wizard.TypeNumberAsync("durationWeeks", 3);
        await wizard.ChooseAsync("runningStatus", "runningWithPain");
        await wizard.TypeNumberAsync("age", 34);
        await AxeCheck.NoSeriousViolationsAsync(page, "the context step");
        await AxeCheck.FitsViewportAsync(page);
        await wizard.PressButtonAsync("See my results");

        var result = page.Locator("[data-triage='selfCare'][data-likelihood-band='high']");
        await Assertions.Expect(result).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-category]")).ToHaveCountAsync(4);
        await Assertions.Expect(page.Locator(".likelihood [data-reason='buttockPain']")).ToContainTextAsync("Because you answered yes");
        await AxeCheck.NoSeriousViolationsAsync(page, "the self-care result");
        await AxeCheck.FitsViewportAsync(page);
        await AxeCheck.ScreenshotAsync(page, $"selfcare-{viewport}");
    }
}
