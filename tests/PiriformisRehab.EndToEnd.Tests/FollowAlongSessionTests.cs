using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PiriformisRehab.EndToEnd.Tests.Infrastructure;
using PiriformisRehab.Web.Features.SavedResults;
using PiriformisRehab.Web.Features.SelfCheck;

namespace PiriformisRehab.EndToEnd.Tests;

/// <summary>
/// A whole follow-along session in Chromium on a phone, by keyboard, under Playwright's fake
/// clock and reduced motion: a hold paused midway that still runs its full time, a hold left to
/// end while the tab was away, a rep counter, a skipped last exercise, and the check-in it ends in
/// with the done exercises ticked and the skipped one not. Axe and a screenshot on each screen.
/// </summary>
public sealed partial class FollowAlongSessionTests(AppServer server)
{
    [Fact]
    public async Task ARunnerFollowsTodaysSessionByKeyboardAndEndsInACheckInWithTheDoneExercisesTicked()
    {
        var token = await SavedSelfCheckAsync();
        var page = await server.NewPageAsync(Viewport.Phone);
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { ReducedMotion = ReducedMotion.Reduce });
        await page.Clock.InstallAsync();
        await page.GotoAsync($"/r/{token}");

        await PressAsync(page.GetByRole(AriaRole.Link, new() { Name = "Follow today's session" }));
        await page.WaitForURLAsync($"**/r/{token}/session");
        var session = page.Locator("[data-session]");
        // From here time moves only when the test moves it.
        await page.Clock.PauseAtAsync(new DateTime(2027, 1, 4, 8, 0, 0, DateTimeKind.Utc));

        // The start screen.
        await Assertions.Expect(session).ToHaveAttributeAsync("data-session-screen", "start");
        await Assertions.Expect(page.Locator("[data-session-no-script]")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("[data-session-sound]")).Not.ToBeCheckedAsync();
        await Assertions.Expect(page.Locator("[data-session-vibrate]")).Not.ToBeCheckedAsync();
        var exercises = await page.Locator("[data-session-exercise]").EvaluateAllAsync<string[][]>(
            "items => items.map(li => [li.dataset.sessionExercise, li.dataset.kind, li.dataset.low])");
        Assert.True(exercises.Length >= 3, "Today's session has fewer than three exercises.");
        var holds = Enumerable.Range(0, exercises.Length - 1).Where(i => exercises[i][1] == "hold").ToList();
        var firstReps = Array.FindIndex(exercises, e => e[1] == "reps");
        Assert.True(holds.Count >= 2 && firstReps >= 0 && firstReps != exercises.Length - 1, "The walk needs two hold exercises and a rep exercise before the last.");
        await CheckScreenAsync(page, "session-start");

        var begin = page.GetByRole(AriaRole.Button, new() { Name = "Start the session" });
        await begin.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.Keyboard.PressAsync("Enter"); // A double press starts nothing twice.
        await Assertions.Expect(session).ToHaveAttributeAsync("data-session-screen", "exercise");

        // Reduced motion: the figure's two positions stand still, and nothing on the page animates.
        var current = page.Locator("[data-session-exercise][data-current='true']");
        await Assertions.Expect(current.Locator("svg.figure-motion")).ToBeHiddenAsync();
        await Assertions.Expect(current.Locator("svg.figure-still").First).ToBeVisibleAsync();
        Assert.Equal(0, await page.EvaluateAsync<int>("() => document.getAnimations().length"));

        var done = new List<string>();
        for (var i = 0; i < exercises.Length; i++)
        {
            var (id, low) = (exercises[i][0], Counts(exercises[i][2]));
            await Assertions.Expect(current).ToHaveAttributeAsync("data-session-exercise", id);
            await Assertions.Expect(current.Locator("h2")).ToBeFocusedAsync();
            await Assertions.Expect(current.Locator("[data-session-position]")).ToHaveTextAsync($"Exercise {i + 1} of {exercises.Length}");
            if (i == exercises.Length - 1)
            {
                await PressAsync(page.GetByRole(AriaRole.Button, new() { Name = "Skip this exercise" }));
                break;
            }

            if (i == holds[0])
            {
                await HoldWalkAsync(page, low);
            }
            else if (i == holds[1])
            {
                await AwayFromTheTabAsync(page, low);
            }
            else if (i == firstReps)
            {
                await RepsWalkAsync(page, low);
            }

            if (await current.GetAttributeAsync("data-session-exercise") == id)
            {
                await PressAsync(page.GetByRole(AriaRole.Button, new() { Name = "Done, next exercise" }));
            }

            done.Add(id);
        }

        // The end screen: what was done, what was skipped, and the way to the check-in.
        await Assertions.Expect(session).ToHaveAttributeAsync("data-session-screen", "end");
        await Assertions.Expect(page.Locator("#session-end-title")).ToBeFocusedAsync();
        await Assertions.Expect(page.Locator("[data-session-summary-skipped]")).ToContainTextAsync("Skipped:");
        await Assertions.Expect(page.Locator("[data-session-announce]")).ToContainTextAsync("Session finished.");
        await Assertions.Expect(session).Not.ToHaveAttributeAsync("data-wake-lock", "held");
        await CheckScreenAsync(page, "session-end");

        await PressAsync(page.GetByRole(AriaRole.Link, new() { Name = "Log this session in your diary" }));
        await page.WaitForURLAsync(new Regex($"/r/{token}/diary\\?done="));
        foreach (var (id, _, _) in exercises.Select(e => (e[0], e[1], e[2])))
        {
            var box = page.Locator($"#f-exercisesDone-{id}");
            if (done.Contains(id))
            {
                await Assertions.Expect(box).ToBeCheckedAsync();
            }
            else
            {
                await Assertions.Expect(box).Not.ToBeCheckedAsync();
            }
        }

        await page.Clock.ResumeAsync();
        await AxeCheck.NoSeriousViolationsAsync(page, "the check-in the session ends in");
        await page.Locator("fieldset:has(input[name='exercisesDone'])").ScreenshotAsync(new() { Path = Path.Combine(AppServer.ArtifactsDirectory, "session-check-in-pre-ticked-phone.png") });
    }

    /// <summary>
    /// A counted hold: a double press starts it once; paused midway it keeps its time left however
    /// long the pause; resumed, it does not end a moment early, and ends on time.
    /// </summary>
    private static async Task HoldWalkAsync(IPage page, (int Sets, int? Reps, int? Hold, int Sides) low)
    {
        var session = page.Locator("[data-session]");
        var timer = page.Locator("[data-session-timer]");
        var announce = page.Locator("[data-session-announce]");
        var hold = low.Hold!.Value;
        await Assertions.Expect(timer).ToHaveTextAsync(Clock(hold));

        var start = page.Locator("[data-session-hold]");
        await start.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(session).ToHaveAttributeAsync("data-hold", "running");
        await Assertions.Expect(start).ToHaveTextAsync("Holding…");
        await Assertions.Expect(announce).ToContainTextAsync($"Hold for {hold} seconds.");
        await page.Clock.RunForAsync(5_000);
        await Assertions.Expect(timer).ToHaveTextAsync(Clock(hold - 5));
        // The running screen is checked with the clock flowing (axe waits on timers), so the seconds
        // left are read again once it is paused.
        await CheckScreenAsync(page, "session-hold-running");

        await PressAsync(page.GetByRole(AriaRole.Button, new() { Name = "Pause" }));
        await Assertions.Expect(session).ToHaveAttributeAsync("data-paused", "true");
        await Assertions.Expect(announce).ToContainTextAsync("Paused with ");
        var left = Seconds(await timer.TextContentAsync());
        Assert.InRange(left, 2, hold - 5);
        await Assertions.Expect(session).Not.ToHaveAttributeAsync("data-wake-lock", "held");
        await Assertions.Expect(page.Locator("[data-session-done]")).ToHaveAttributeAsync("aria-disabled", "true");
        await Assertions.Expect(page.Locator("[data-session-skip]")).ToHaveAttributeAsync("aria-disabled", "true");
        await page.Clock.RunForAsync(90_000);
        await Assertions.Expect(timer).ToHaveTextAsync(Clock(left));
        await CheckScreenAsync(page, "session-paused");
        await Assertions.Expect(timer).ToHaveTextAsync(Clock(left));

        await PressAsync(page.GetByRole(AriaRole.Button, new() { Name = "Resume" }));
        await Assertions.Expect(announce).ToContainTextAsync("Resumed.");
        await page.Clock.RunForAsync((left - 1) * 1000);
        await Assertions.Expect(session).ToHaveAttributeAsync("data-hold", "running");
        // Under a second and a tick left: not ended early, though the display lags by up to one tick.
        Assert.InRange(Seconds(await timer.TextContentAsync()), 1, 2);
        await page.Clock.RunForAsync(1_250);
        await Assertions.Expect(announce).ToContainTextAsync("Hold done.");
    }

    /// <summary>
    /// A hold left to run while the tab was away (no tick in between, one late tick on return)
    /// still ends then, and the session moves to the next round.
    /// </summary>
    private static async Task AwayFromTheTabAsync(IPage page, (int Sets, int? Reps, int? Hold, int Sides) low)
    {
        var session = page.Locator("[data-session]");
        await PressAsync(page.GetByRole(AriaRole.Button, new() { Name = "Start the hold" }));
        await Assertions.Expect(session).ToHaveAttributeAsync("data-hold", "running");

        await page.Clock.FastForwardAsync((low.Hold!.Value + 20) * 1000);

        await Assertions.Expect(page.Locator("[data-session-announce]")).ToContainTextAsync("Hold done.");
        await Assertions.Expect(session).ToHaveAttributeAsync("data-round", low.Sets * low.Sides > 1 ? "2" : "1");
    }

    /// <summary>The rep counter counts to the set's repetitions, then moves to the next side or set.</summary>
    private static async Task RepsWalkAsync(IPage page, (int Sets, int? Reps, int? Hold, int Sides) low)
    {
        var reps = low.Reps!.Value;
        var count = page.GetByRole(AriaRole.Button, new() { Name = "Count a repetition" });
        await count.FocusAsync();
        for (var r = 0; r < reps - 1; r++)
        {
            await page.Keyboard.PressAsync("Enter");
        }

        await Assertions.Expect(page.Locator("[data-session-reps]")).ToHaveTextAsync($"{reps - 1} of {reps} repetitions");
        await CheckScreenAsync(page, "session-reps");
        await page.Keyboard.PressAsync("Enter");
        if (low.Sets * low.Sides > 1)
        {
            await Assertions.Expect(page.Locator("[data-session-reps]")).ToHaveTextAsync($"0 of {reps} repetitions");
            await Assertions.Expect(page.Locator("[data-session-round]")).ToHaveTextAsync(low.Sides == 2 ? "Set 1 of 1, other side" : "Set 2 of " + low.Sets);
            await Assertions.Expect(page.Locator("[data-session-announce]")).ToContainTextAsync("Set done.");
        }
    }

    private static async Task PressAsync(ILocator target)
    {
        await target.FocusAsync();
        await target.Page.Keyboard.PressAsync("Enter");
    }

    /// <summary>Axe once per screen, no sideways scrolling at 360 px, and a screenshot for a person to look at.</summary>
    private static async Task CheckScreenAsync(IPage page, string name)
    {
        // axe waits on timers, which a paused fake clock never fires: let time flow while it runs.
        await page.Clock.ResumeAsync();
        await AxeCheck.NoSeriousViolationsAsync(page, name);
        await AxeCheck.FitsViewportAsync(page);
        await AxeCheck.ScreenshotAsync(page, name + "-phone");
        var now = await page.EvaluateAsync<double>("() => Date.now()");
        await page.Clock.PauseAtAsync(DateTime.UnixEpoch.AddMilliseconds(now + 1_000));
    }

    private static int Seconds(string? clock)
    {
        var parts = (clock ?? "").Split(':');
        return (int.Parse(parts[0], CultureInfo.InvariantCulture) * 60) + int.Parse(parts[1], CultureInfo.InvariantCulture);
    }

    private static string Clock(int seconds) => string.Create(CultureInfo.InvariantCulture, $"{seconds / 60}:{seconds % 60:00}");

    private static (int Sets, int? Reps, int? Hold, int Sides) Counts(string low)
    {
        var parts = low.Split(' ');
        int? N(string s) => s == "-" ? null : int.Parse(s, CultureInfo.InvariantCulture);
        return (N(parts[0])!.Value, N(parts[1]), N(parts[2]), N(parts[3])!.Value);
    }

    /// <summary>A runner's saved self-check with a plan (self-care), saved as the results page's Save does.</summary>
    private async Task<string> SavedSelfCheckAsync()
    {
        var draft = new AnswerDraft();
        foreach (var id in new[] { "buttockPain", "sciaticNotchTenderness", "worseSitting", "worseOnPiriformisStretch" })
        {
            draft.Set(id, "true");
        }

        draft.Set("painNow", "2");
        draft.Set("painWorst", "3");
        draft.Set("runningStatus", "runningWithPain");
        draft.Set("age", "34");
        using var scope = server.Services.CreateScope();
        var token = await scope.ServiceProvider.GetRequiredService<SavedResultsService>().SaveAsync(draft, clinicianCleared: false, TestContext.Current.CancellationToken);
        Assert.NotNull(token);
        return token;
    }
}
