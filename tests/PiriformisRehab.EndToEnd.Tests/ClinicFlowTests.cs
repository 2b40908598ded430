using Microsoft.Playwright;
using PiriformisRehab.EndToEnd.Tests.Infrastructure;

namespace PiriformisRehab.EndToEnd.Tests;

/// <summary>A physio shares a programme with a patient through a link, then withdraws it.</summary>
/// <remarks>
/// Long flows with several axe runs: run on their own, after the parallel tests, so they do not
/// starve the wizard's live circuit of the two cores (its waits then timed out).
/// </remarks>
[Collection(nameof(ClinicFlowTests))]
[CollectionDefinition(nameof(ClinicFlowTests), DisableParallelization = true)]
public sealed class ClinicFlowTests(AppServer server)
{
    /// <summary>Registers a new physio, opens the confirmation link e-mailed to them, and signs in.</summary>
    internal static async Task RegisterAsync(IPage page, string name = "Alex Physio", bool checkAccessibility = true)
    {
        var email = $"e2e-{Guid.NewGuid():N}@example.com";
        await page.GotoAsync("/account/register");
        if (checkAccessibility)
        {
            await AxeCheck.NoSeriousViolationsAsync(page, "the register page");
        }

        await page.GetByLabel("Your name (shown to your patients)").FillAsync(name);
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password (at least 12 characters)").FillAsync("a long enough pass phrase");
        await page.GetByLabel("Password again").FillAsync("a long enough pass phrase");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();
        // The first sign-up builds the Identity model and hashes a password on a cold server.
        await Assertions.Expect(page.Locator("[data-registration-sent]")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        if (checkAccessibility)
        {
            await AxeCheck.NoSeriousViolationsAsync(page, "the check-your-e-mail page");
        }

        await page.GotoAsync(await TestMail.LinkAsync(email, "/account/confirm"));
        await Assertions.Expect(page.Locator("[data-email-confirmed='true']")).ToBeVisibleAsync();
        await page.GotoAsync("/account/login");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync("a long enough pass phrase");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync("**/clinic", new() { Timeout = 30_000 });
    }

    [Fact]
    public async Task APatientLinkShowsTheProgrammeInAFreshBrowserUntilThePhysioRevokesIt()
    {
        var physio = await server.NewPageAsync(Viewport.Desktop);
        await RegisterAsync(physio);
        await AxeCheck.NoSeriousViolationsAsync(physio, "the empty clinic page");

        await physio.GetByLabel("Label").FillAsync("RB 2026-11");
        await physio.GetByRole(AriaRole.Button, new() { Name = "Add patient" }).ClickAsync();
        await Assertions.Expect(physio.Locator("h1")).ToHaveTextAsync("RB 2026-11");
        await AxeCheck.NoSeriousViolationsAsync(physio, "the patient page");

        await physio.GetByRole(AriaRole.Button, new() { Name = "Start from the standard plan" }).ClickAsync();
        await Assertions.Expect(physio.Locator("h1")).ToHaveTextAsync("Programme for RB 2026-11");
        await AxeCheck.NoSeriousViolationsAsync(physio, "the programme page");
        await AxeCheck.ScreenshotAsync(physio, "clinic-programme-desktop");

        await physio.GetByRole(AriaRole.Button, new() { Name = "Issue a patient link" }).ClickAsync();
        var link = physio.Locator("[data-patient-link]");
        await Assertions.Expect(link).ToBeVisibleAsync();
        await Assertions.Expect(physio.Locator("img[data-qr]")).ToBeVisibleAsync();
        await AxeCheck.NoSeriousViolationsAsync(physio, "the link-issued page");
        await AxeCheck.ScreenshotAsync(physio, "clinic-link-issued-desktop");
        // Progressive enhancement: the script shows the Copy button; the link stays selectable text.
        await Assertions.Expect(physio.Locator("button[data-copy]")).ToBeVisibleAsync();
        var url = await link.GetAttributeAsync("href");
        Assert.NotNull(url);

        // The patient: a new browser context, so no physio cookie.
        var patient = await server.NewPageAsync(Viewport.Phone);
        await patient.GotoAsync(url);
        await Assertions.Expect(patient.Locator("h1")).ToHaveTextAsync("Your exercise programme");
        Assert.True(await patient.Locator(".exercise").CountAsync() > 0);
        await Assertions.Expect(patient.Locator("[data-safety-net]")).ToBeVisibleAsync();
        await AxeCheck.NoSeriousViolationsAsync(patient, "the patient programme page");
        await AxeCheck.FitsViewportAsync(patient);
        await AxeCheck.ScreenshotAsync(patient, "patient-programme-phone");

        await physio.GetByRole(AriaRole.Link, new() { Name = "Back to the programme" }).ClickAsync();

        // The editor on a phone, by keyboard: a dose changed and the first exercise moved down in one save.
        await physio.SetViewportSizeAsync(360, 780);
        var first = physio.Locator("[data-item]").First;
        var firstId = await first.GetAttributeAsync("data-item");
        await physio.Locator($"#sets-{firstId}").FillAsync("2");
        await physio.Locator($"#item-{firstId} [data-move=down]").FocusAsync();
        await physio.Keyboard.PressAsync("Enter");
        await Assertions.Expect(physio.Locator("[data-item-status]")).ToContainTextAsync("moved down");
        await Assertions.Expect(physio.Locator($"#name-{firstId}")).ToBeFocusedAsync();
        await Assertions.Expect(physio.Locator("[data-item]").Nth(1)).ToHaveAttributeAsync("data-item", firstId!);
        await AxeCheck.NoSeriousViolationsAsync(physio, "the programme editor on a phone after a save");
        await AxeCheck.FitsViewportAsync(physio);
        await AxeCheck.ScreenshotAsync(physio, "clinic-programme-editor-phone");

        // Archived: the link answers "not valid"; un-archived, it opens again.
        await physio.Locator("[data-archive]").FocusAsync();
        await physio.Keyboard.PressAsync("Enter");
        await Assertions.Expect(physio.Locator("#archive")).ToHaveAttributeAsync("data-archived", "true");
        await AxeCheck.NoSeriousViolationsAsync(physio, "an archived programme");
        Assert.Equal(404, (await patient.GotoAsync(url))!.Status);
        await physio.Locator("[data-unarchive]").FocusAsync();
        await physio.Keyboard.PressAsync("Enter");
        await Assertions.Expect(physio.Locator("#archive")).ToHaveAttributeAsync("data-archived", "false");
        Assert.Equal(200, (await patient.GotoAsync(url))!.Status);

        // Revoking asks first.
        await physio.GetByRole(AriaRole.Button, new() { Name = "Revoke the link" }).ClickAsync();
        await Assertions.Expect(physio.Locator("[data-confirm=confirm-revoke] h3")).ToBeFocusedAsync();
        await physio.GetByRole(AriaRole.Button, new() { Name = "Yes, revoke the link" }).ClickAsync();
        await Assertions.Expect(physio.Locator("[data-revoked]")).ToBeVisibleAsync();

        var response = await patient.GotoAsync(url);
        Assert.Equal(404, response!.Status);
        await Assertions.Expect(patient.Locator("h1")).ToHaveTextAsync("This link is not valid");
        await AxeCheck.NoSeriousViolationsAsync(patient, "the link-not-valid page");
    }

    [Fact]
    public async Task TheSelfCheckDoneTogetherHasNoSeriousAxeViolations()
    {
        var physio = await server.NewPageAsync(Viewport.Desktop);
        await RegisterAsync(physio);
        await physio.GetByLabel("Label").FillAsync("Together 01");
        await physio.GetByRole(AriaRole.Button, new() { Name = "Add patient" }).ClickAsync();

        await physio.GetByRole(AriaRole.Link, new() { Name = "Do the self-check with Together 01" }).ClickAsync();

        await Assertions.Expect(physio.Locator("h1")).ToHaveTextAsync("Self-check with Together 01");
        await AxeCheck.NoSeriousViolationsAsync(physio, "the self-check done together");
    }

    [Fact]
    public async Task SignInPageHasNoSeriousAxeViolations()
    {
        var page = await server.NewPageAsync(Viewport.Phone);

        await page.GotoAsync("/clinic");

        await page.WaitForURLAsync("**/account/login**");
        await AxeCheck.NoSeriousViolationsAsync(page, "the sign-in page");
        await AxeCheck.FitsViewportAsync(page);
    }
}
