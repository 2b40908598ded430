using System.Globalization;
using Microsoft.Playwright;
using PiriformisRehab.EndToEnd.Tests.Infrastructure;

namespace PiriformisRehab.EndToEnd.Tests;

/// <summary>A patient keeps a recovery diary through their patient link, by keyboard, on a phone.</summary>
/// <remarks>Runs with the clinic flows, after the parallel tests (several axe runs and page loads).</remarks>
[Collection(nameof(ClinicFlowTests))]
public sealed class DiaryFlowTests(AppServer server)
{
    private static readonly SemaphoreSlim LinkLock = new(1, 1);
    private static string? _patientLink;

    [Fact]
    public async Task APatientLogsThreeGoodSessionsAndSeesTheChartAndTheGluteLadderMoveUp()
    {
        var page = await server.NewPageAsync(Viewport.Phone);
        await page.GotoAsync(await PatientLinkAsync());
        await page.GetByRole(AriaRole.Link, new() { Name = "Open your recovery diary" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Your recovery diary");
        var glute = page.Locator("[data-ladder='gluteActivation']");
        var startName = (await glute.Locator("[data-current-name]").TextContentAsync())!.Trim();
        var nextName = (await glute.Locator("[data-next-name]").TextContentAsync())!.Trim();

        await LogGoodSessionAsync(page, daysAgo: 5, painNow: "4", morning: "same");
        await LogGoodSessionAsync(page, daysAgo: 3, painNow: "3", morning: "better");
        await LogGoodSessionAsync(page, daysAgo: 1, painNow: "2", morning: "better");

        await Assertions.Expect(page.Locator("[data-history] .history-item")).ToHaveCountAsync(3);
        var chart = page.Locator("figure[data-chart='pain']");
        await Assertions.Expect(chart.Locator("svg path.mud-chart-line").First).ToBeAttachedAsync();
        await Assertions.Expect(chart.Locator("[data-chart-table] tbody tr")).ToHaveCountAsync(3);
        await Assertions.Expect(chart.Locator("[data-chart-summary]")).ToContainTextAsync("Pain now: 4 out of 10");
        Assert.NotEqual(startName, nextName);
        await Assertions.Expect(glute.Locator("[data-current-name]")).ToHaveTextAsync(nextName);
        await Assertions.Expect(glute.Locator(".ladder__reason")).ToContainTextAsync("good session");
        await AxeCheck.NoSeriousViolationsAsync(page, "the diary with three check-ins");
        await AxeCheck.FitsViewportAsync(page);
        await AxeCheck.ScreenshotAsync(page, "diary-three-check-ins-phone");
    }

    // Neither zone has daylight saving. At any hour one of them is on another date than UTC
    // (Pago Pago before 11:00 UTC, Kiritimati from 10:00 UTC), so the pair always tells.
    [Theory]
    [InlineData("Pacific/Pago_Pago", -11)]
    [InlineData("Pacific/Kiritimati", 14)]
    public async Task TheSessionDateDefaultsToTheRunnersOwnDateNotTheServersUtcDate(string timezone, int offsetHours)
    {
        var page = await server.NewPageAsync(Viewport.Phone, timezone);
        var expected = DateTime.UtcNow.AddHours(offsetHours).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        await page.GotoAsync(await PatientLinkAsync() + "/diary");

        await Assertions.Expect(page.GetByLabel("Date of the session")).ToHaveValueAsync(expected);
    }

    [Fact]
    public async Task TheDiaryWithErrorsShownHasNoSeriousAxeViolationsAndFitsAPhone()
    {
        var page = await server.NewPageAsync(Viewport.Phone);
        await page.GotoAsync(await PatientLinkAsync() + "/diary");

        await page.GetByLabel("Pain now (0-10)").FillAsync("11");
        await page.GetByLabel("Worst pain since your last check-in (0-10)").FillAsync("abc");
        // The link is shared by this class's tests, and their good sessions may have moved the ladder on,
        // so tick whatever its current exercise is now rather than the first stage.
        var current = await page.Locator("[data-ladder='gluteActivation']").GetAttributeAsync("data-current");
        await page.Locator($"#f-exercisesDone-{current}").FocusAsync();
        await page.Keyboard.PressAsync("Space");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save check-in" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        var summary = page.Locator("[data-error-summary]");
        await Assertions.Expect(summary).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-error-for='painNow']")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-error-for='morningAfter']")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByLabel("Pain now (0-10)")).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(page.GetByLabel("Pain now (0-10)")).ToHaveValueAsync("11");
        await AxeCheck.NoSeriousViolationsAsync(page, "the diary with errors");
        await AxeCheck.FitsViewportAsync(page);
        Assert.Empty(await TapTargetTests.TooSmallAsync(page));
        await AxeCheck.ScreenshotAsync(page, "diary-errors-phone");

        // The summary's link takes the keyboard to the field.
        await summary.Locator("a[data-error-link='painNow']").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.GetByLabel("Pain now (0-10)")).ToBeFocusedAsync();
    }

    [Fact]
    public async Task AWarningSignAtACheckInShowsTheEmergencyAdviceAtOnceAndPausesThePlan()
    {
        var page = await server.NewPageAsync(Viewport.Phone);
        await page.GotoAsync(await NewPatientLinkAsync() + "/diary");

        await page.GetByLabel("Pain now (0-10)").PressSequentiallyAsync("5");
        await page.GetByLabel("Worst pain since your last check-in (0-10)").PressSequentiallyAsync("6");
        await page.Locator("#f-anythingNew-yes").FocusAsync();
        await page.Keyboard.PressAsync("Space");
        await page.Locator("#f-redFlags-saddleNumbness").FocusAsync();
        await page.Keyboard.PressAsync("Space");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save check-in" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        await page.WaitForURLAsync("**/diary?saved=true");
        var alert = page.Locator("[data-rescreen='emergency']");
        await Assertions.Expect(alert).ToHaveAttributeAsync("role", "alert");
        await Assertions.Expect(alert).ToContainTextAsync("Get emergency help now");
        await Assertions.Expect(page.Locator("[data-diary]")).ToHaveAttributeAsync("data-paused", "true");
        await Assertions.Expect(page.Locator("[data-exercises-paused]")).ToBeVisibleAsync();
        await AxeCheck.NoSeriousViolationsAsync(page, "the diary after a warning sign");
        await AxeCheck.FitsViewportAsync(page);
        await AxeCheck.ScreenshotAsync(page, "diary-red-flag-phone");
    }

    [Fact]
    public async Task AWarningSignWithOtherErrorsIsRecordedAndShownFirstWithTheErrorsBesideTheirFields()
    {
        var page = await server.NewPageAsync(Viewport.Phone);
        await page.GotoAsync(await NewPatientLinkAsync() + "/diary");

        await page.Locator("#f-anythingNew-yes").FocusAsync();
        await page.Keyboard.PressAsync("Space");
        await page.Locator("#f-redFlags-bladderBowelChange").FocusAsync();
        await page.Keyboard.PressAsync("Space");
        await page.GetByLabel("Pain now (0-10)").PressSequentiallyAsync("7");
        await page.GetByLabel("Worst pain since your last check-in (0-10)").PressSequentiallyAsync("eleven");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save check-in" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page.Locator("[data-sign-stored]")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-rescreen]")).ToHaveAttributeAsync("role", "alert");
        await Assertions.Expect(page.Locator("[data-diary]")).ToHaveAttributeAsync("data-paused", "true");
        await Assertions.Expect(page.Locator("[data-error-for='painWorst']")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByLabel("Worst pain since your last check-in (0-10)")).ToHaveAttributeAsync("aria-invalid", "true");
        await AxeCheck.NoSeriousViolationsAsync(page, "the diary with a warning sign and errors");
        await AxeCheck.FitsViewportAsync(page);
        await AxeCheck.ScreenshotAsync(page, "diary-sign-and-errors-phone");
    }

    [Fact]
    public async Task ARestDayShowsNoWalkOrRunFieldsUntilAWalkOrRunIsChosen()
    {
        var page = await server.NewPageAsync(Viewport.Phone);
        await page.GotoAsync(await PatientLinkAsync() + "/diary");

        await Assertions.Expect(page.Locator("[data-run-details]")).ToBeHiddenAsync();
        await page.Locator("#f-activity-briskWalk").FocusAsync();
        await page.Keyboard.PressAsync("Space");

        await Assertions.Expect(page.Locator("[data-run-details]")).ToBeVisibleAsync();
        await AxeCheck.ScreenshotAsync(page, "diary-form-walk-phone");
    }

    [Fact]
    public async Task AFreshCheckInShowsAboutFifteenControlsBeforeTheOptionalDetails()
    {
        var page = await server.NewPageAsync(Viewport.Phone);
        await page.GotoAsync(await PatientLinkAsync() + "/diary");

        // Each radio button and checkbox counts as one control, as a keyboard user meets them.
        var visible = await page.Locator("form.check-in-form").EvaluateAsync<int>(
            """
            form => {
                const details = form.querySelector('[data-optional-details]');
                // FOLLOWING: the optional details come after the control (not holding it).
                return [...form.querySelectorAll('input:not([type=hidden]), select, textarea')]
                    .filter(e => e.checkVisibility() && (e.compareDocumentPosition(details) & Node.DOCUMENT_POSITION_FOLLOWING))
                    .length;
            }
            """);

        Assert.InRange(visible, 10, 17);
        await Assertions.Expect(page.Locator("[data-red-flag-list]")).ToBeHiddenAsync();
    }

    [Fact]
    public async Task YesToAnythingNewRevealsTheWarningSignsAndATickKeepsThemShown()
    {
        var page = await server.NewPageAsync(Viewport.Phone);
        await page.GotoAsync(await PatientLinkAsync() + "/diary");
        var list = page.Locator("[data-red-flag-list]");

        await Assertions.Expect(list).ToBeHiddenAsync();
        await page.Locator("#f-anythingNew-yes").FocusAsync();
        await page.Keyboard.PressAsync("Space");
        await Assertions.Expect(list).ToBeVisibleAsync();
        await page.Locator("#f-redFlags-saddleNumbness").FocusAsync();
        await page.Keyboard.PressAsync("Space");

        // "No" beside a ticked sign is a slip the server asks about, so the tick must stay in view.
        await page.Locator("#f-anythingNew-no").CheckAsync();
        await Assertions.Expect(list).ToBeVisibleAsync();
        await page.Locator("#f-redFlags-saddleNumbness").UncheckAsync();
        await Assertions.Expect(list).ToBeHiddenAsync();
    }

    private static async Task LogGoodSessionAsync(IPage page, int daysAgo, string painNow, string morning)
    {
        var date = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-daysAgo).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await page.GetByLabel("Date of the session").FillAsync(date);
        await page.Locator("#f-anythingNew-no").FocusAsync();
        await page.Keyboard.PressAsync("Space");
        await page.GetByLabel("Pain now (0-10)").PressSequentiallyAsync(painNow);
        await page.GetByLabel("Worst pain since your last check-in (0-10)").PressSequentiallyAsync("4");
        await page.Locator($"#f-morningAfter-{morning}").FocusAsync();
        await page.Keyboard.PressAsync("Space");
        // Only a session that includes the ladder's current exercise counts towards moving up.
        var current = await page.Locator("[data-ladder='gluteActivation']").GetAttributeAsync("data-current");
        await page.Locator($"#f-exercisesDone-{current}").FocusAsync();
        await page.Keyboard.PressAsync("Space");
        await page.GetByLabel("Highest pain during the exercises (0-10)").PressSequentiallyAsync("2");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save check-in" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/diary?saved=true");
        // After the first save the address already ends in ?saved=true, so the wait above can pass
        // before this post is answered: the check-in itself is what shows the save, given time on a
        // busy machine.
        await Assertions.Expect(page.Locator($"[data-history] [data-check-in='{date}']")).ToBeAttachedAsync(new() { Timeout = 20_000 });
    }

    /// <summary>One physio, patient, standard programme and patient link shared by the tests that never pause the plan.</summary>
    private async Task<string> PatientLinkAsync()
    {
        await LinkLock.WaitAsync();
        try
        {
            return _patientLink ??= await NewPatientLinkAsync();
        }
        finally
        {
            LinkLock.Release();
        }
    }

    /// <summary>A new physio, patient, standard programme and patient link, set up in the browser.</summary>
    private async Task<string> NewPatientLinkAsync()
    {
        var physio = await server.NewPageAsync(Viewport.Desktop);
        await ClinicFlowTests.RegisterAsync(physio, "Diary Physio", checkAccessibility: false);
        await physio.GetByLabel("Label").FillAsync("Diary 01");
        await physio.GetByRole(AriaRole.Button, new() { Name = "Add patient" }).ClickAsync();
        await Assertions.Expect(physio.Locator("h1")).ToHaveTextAsync("Diary 01");
        await physio.GetByRole(AriaRole.Button, new() { Name = "Start from the standard plan" }).ClickAsync();
        await Assertions.Expect(physio.Locator("h1")).ToHaveTextAsync("Programme for Diary 01");
        await physio.GetByRole(AriaRole.Button, new() { Name = "Issue a patient link" }).ClickAsync();
        var link = await physio.Locator("[data-patient-link]").GetAttributeAsync("href");
        Assert.NotNull(link);
        await physio.Context.CloseAsync();
        return link;
    }
}
