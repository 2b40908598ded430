using Microsoft.Playwright;
using PiriformisRehab.EndToEnd.Tests.Infrastructure;

namespace PiriformisRehab.EndToEnd.Tests;

/// <summary>
/// The body map in Chromium at 360 px (issue 13, "done when"): a tap on a place and a keyboard
/// toggle both answer the place's question, the question's own answer moves the tick back, "None of
/// these places" answers the blanks no, and the answers reach the result, whose fit and phases are
/// drawn at a glance. One walk, axe once per distinct page state, element screenshots only.
/// </summary>
public sealed class BodyMapBrowserTests(AppServer server)
{
    private static readonly string[] Pages = KeyboardWizard.Pages;

    [Fact]
    public async Task TheBodyMapAnswersItsQuestionsByPointerAndKeyboardAndTheResultShowsThemAtAGlance()
    {
        var page = await server.NewPageAsync(Viewport.Phone);
        var wizard = await KeyboardWizard.OpenAsync(page);
        await wizard.AnswerSafetyAsync();
        await page.Locator("[data-step='main-signs'] [data-body-map]").WaitForAsync();

        // Pointer: a tap on the buttock in the picture ticks its box and answers its question yes.
        await page.Locator("[data-region='buttock'] path").First.ClickAsync();
        await Assertions.Expect(page.Locator("#where-buttock")).ToBeCheckedAsync();
        await Assertions.Expect(page.Locator("#in-buttockPain-true")).ToBeCheckedAsync();
        await Assertions.Expect(page.Locator("g[data-region='buttock']")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("is-ticked"));

        // Keyboard: Tab to the deep point's box (visible 3 px focus) and press Space.
        await wizard.ResetFocusAsync();
        await wizard.TabToAsync("#where-deep-point");
        var outline = await page.EvaluateAsync<string>("() => getComputedStyle(document.activeElement).outlineWidth");
        Assert.Equal("3px", outline);
        await page.Keyboard.PressAsync("Space");
        await Assertions.Expect(page.Locator("#in-sciaticNotchTenderness-true")).ToBeCheckedAsync();

        // The questions stay the answer: "Not sure" on the buttock unticks its place, and Yes ticks it again.
        await wizard.ChooseAsync("buttockPain", "notSure");
        await Assertions.Expect(page.Locator("#where-buttock")).Not.ToBeCheckedAsync();
        await wizard.ChooseAsync("buttockPain", "true");
        await Assertions.Expect(page.Locator("#where-buttock")).ToBeCheckedAsync();
        await page.Locator("[data-body-map]").ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(AppServer.ArtifactsDirectory, "body-map-main-signs-360.png") });
        await wizard.ChooseAsync("worseSitting", "false");
        await wizard.ChooseAsync("worseOnPiriformisStretch", "true");
        await wizard.ContinueAsync("where-it-spreads");

        await wizard.AnswerPageAsync();
        await wizard.ContinueAsync("back");
        await wizard.AnswerPageAsync();
        await wizard.ContinueAsync("hip-and-pelvis");

        // "None of these places", by keyboard: every place question of the page answered no.
        await wizard.ResetFocusAsync();
        await wizard.TabToAsync("#where-none");
        await page.Keyboard.PressAsync("Space");
        foreach (var id in new[] { "pelvicDimplePain", "sittingBonePain", "outerHipPain", "groinPainDeepFlexion" })
        {
            await Assertions.Expect(page.Locator($"#in-{id}-false")).ToBeCheckedAsync();
        }

        // A tap on the outer hip (either view) then unticks "none" and answers that one yes.
        await page.Locator("[data-view='front'] [data-region='outer-hip'] path").Last.ClickAsync();
        await Assertions.Expect(page.Locator("#where-none")).Not.ToBeCheckedAsync();
        await Assertions.Expect(page.Locator("#in-outerHipPain-true")).ToBeCheckedAsync();
        await AxeCheck.FitsViewportAsync(page);
        await AxeCheck.NoSeriousViolationsAsync(page, "the body map (front and back) at 360 px");
        await page.Locator("[data-body-map]").ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(AppServer.ArtifactsDirectory, "body-map-hip-and-pelvis-360.png") });

        foreach (var (id, next) in Pages.SkipWhile(p => p != "hip-and-pelvis").Zip([.. Pages.SkipWhile(p => p != "hip-and-pelvis").Skip(1), "answers"]))
        {
            if (id != "hip-and-pelvis")
            {
                await wizard.AnswerPageAsync();
            }

            await wizard.ContinueAsync(next);
        }

        // The map's answers are the questions' answers, all the way to the result.
        foreach (var (id, state) in new[] { ("buttockPain", "Yes"), ("sciaticNotchTenderness", "Yes"), ("outerHipPain", "Yes"), ("sittingBonePain", "No") })
        {
            await Assertions.Expect(page.Locator($"[data-answer='{id}'] dd").First).ToContainTextAsync(state);
        }

        await wizard.SeeResultsAsync();
        await Assertions.Expect(page.Locator("[data-reason='buttockPain']")).ToHaveCountAsync(1);
        var fit = page.Locator(".likelihood");
        await Assertions.Expect(fit.Locator("[data-fit-glance] .fit-glance__sign--on")).ToHaveCountAsync(3);
        await Assertions.Expect(fit.Locator("[data-fit-glance]")).ToContainTextAsync("3 of the 4 main signs");
        await Assertions.Expect(page.Locator("[data-phase-strip] [data-strip-phase]")).ToHaveCountAsync(3);
        await AxeCheck.FitsViewportAsync(page);
        await AxeCheck.NoSeriousViolationsAsync(page, "the result with its fit bar and phase strip at 360 px");
        await fit.Locator("[data-fit-glance]").ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(AppServer.ArtifactsDirectory, "results-at-a-glance-fit-360.png") });
        await page.Locator("[data-phase-strip]").ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(AppServer.ArtifactsDirectory, "results-at-a-glance-phases-360.png") });
    }
}
