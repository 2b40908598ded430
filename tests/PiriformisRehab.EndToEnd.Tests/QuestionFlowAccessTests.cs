using Microsoft.Playwright;
using PiriformisRehab.EndToEnd.Tests.Infrastructure;

namespace PiriformisRehab.EndToEnd.Tests;

/// <summary>The check without JavaScript, visible focus on every kind of control, and the reconnect dialog's states.</summary>
public sealed class QuestionFlowAccessTests(AppServer server)
{
    [Fact]
    public async Task WithoutJavaScriptTheWholeCheckReachesAResultThroughPlainFormPosts()
    {
        var page = await server.NewPageAsync(Viewport.Phone, javaScript: false);
        var wizard = await KeyboardWizard.OpenAsync(page, scripted: false);

        // A follow-up is revealed by CSS alone once its parent is yes.
        await wizard.ChooseAsync("bothLegsSymptoms", "true");
        await Assertions.Expect(page.Locator("[data-question-id='bothLegsLongStanding']")).ToBeVisibleAsync();
        await wizard.ChooseAsync("bothLegsSymptoms", "false");
        await Assertions.Expect(page.Locator("[data-question-id='bothLegsLongStanding']")).ToBeHiddenAsync();

        await wizard.AnswerAllAsync(new Dictionary<string, string> { ["buttockPain"] = "true", ["worseSitting"] = "true", ["painBelowKnee"] = "notSure" });
        await wizard.SeeResultsAsync();

        await Assertions.Expect(page.Locator("[data-triage][data-likelihood-band]")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-not-ruled-out]")).ToBeVisibleAsync();
        await AxeCheck.ScreenshotAsync(page, "result-no-javascript-phone");
    }

    [Fact]
    public async Task WithoutJavaScriptAnEmergencyAnswerStopsTheCheckOnContinue()
    {
        var page = await server.NewPageAsync(Viewport.Desktop, javaScript: false);
        var wizard = await KeyboardWizard.OpenAsync(page, scripted: false);

        await wizard.ChooseAsync("saddleNumbness", "true");
        await wizard.PressAsync("Continue");

        await Assertions.Expect(page.Locator(".emergency a[href='tel:999']")).ToBeVisibleAsync();
    }

    [Theory]
    [InlineData("your-pain")]
    [InlineData("answers")]
    public async Task EveryKindOfControlShowsAThickFocusOutline(string step)
    {
        var page = await server.NewPageAsync(Viewport.Desktop);
        var wizard = await KeyboardWizard.OpenAsync(page);
        await wizard.AnswerUpToAsync(step);
        await wizard.ResetFocusAsync();

        var seen = new Dictionary<string, string>();
        for (var i = 0; i < 80; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var focus = await page.EvaluateAsync<string[]>(
                """
                () => {
                    const e = document.activeElement;
                    if (!e || e === document.body) { return ['', '', '0']; }
                    const s = getComputedStyle(e);
                    return [e.tagName.toLowerCase() + (e.type && e.tagName === 'INPUT' ? ':' + e.type : ''), s.outlineStyle, s.outlineWidth];
                }
                """);
            if (focus[0].Length == 0)
            {
                continue;
            }

            var width = double.Parse(focus[2].Replace("px", string.Empty, StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture);
            Assert.True(focus[1] != "none" && width >= 3, $"{focus[0]} has a {focus[1]} {focus[2]} focus outline on {step}.");
            seen[focus[0]] = focus[2];
        }

        string[] expected = step == "answers" ? ["a", "button"] : ["a", "button", "input:radio", "input:number", "input:checkbox", "summary"];
        Assert.All(expected, kind => Assert.True(seen.ContainsKey(kind), $"No {kind} was reached by Tab on {step}: {string.Join(", ", seen.Keys)}"));
    }

    [Fact]
    public async Task ReconnectDialogShowsOneStateAtATimeInReassuringWords()
    {
        var page = await server.NewPageAsync(Viewport.Phone);
        await page.GotoAsync("/");

        async Task<string[]> VisibleAsync(string state) => await page.EvaluateAsync<string[]>(
            """
            state => {
                const d = document.getElementById('components-reconnect-modal');
                d.className = state;
                if (!d.open) { d.showModal(); }
                return [...d.querySelectorAll('p, button')].filter(e => e.checkVisibility()).map(e => e.textContent.trim());
            }
            """,
            state);

        var first = await VisibleAsync("components-reconnect-show");
        Assert.Equal(["Connection lost. Your answers are saved on this device. Reconnecting…"], first);
        var failed = await VisibleAsync("components-reconnect-failed");
        Assert.Equal(2, failed.Length);
        Assert.StartsWith("Could not reconnect.", failed[0], StringComparison.Ordinal);
        Assert.Equal("Try again", failed[1]);
    }
}
