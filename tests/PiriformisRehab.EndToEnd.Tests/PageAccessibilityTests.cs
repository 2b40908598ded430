using Microsoft.Playwright;
using PiriformisRehab.EndToEnd.Tests.Infrastructure;

namespace PiriformisRehab.EndToEnd.Tests;

/// <summary>Pages outside the wizard flow also pass axe and fit a phone.</summary>
public sealed class PageAccessibilityTests(AppServer server)
{
    public static TheoryData<Viewport> Viewports => [Viewport.Phone, Viewport.Desktop];

    [Theory]
    [MemberData(nameof(Viewports))]
    public async Task HomePageHasNoSeriousAxeViolations(Viewport viewport)
    {
        var page = await server.NewPageAsync(viewport);

        await page.GotoAsync("/");

        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("buttock pain");
        await AxeCheck.NoSeriousViolationsAsync(page, "the home page");
        await AxeCheck.FitsViewportAsync(page);
    }

    [Fact]
    public async Task HomePageStartLinkOpensTheSafetyScreenByKeyboard()
    {
        var page = await server.NewPageAsync(Viewport.Phone);
        await page.GotoAsync("/");
        var wizard = new KeyboardWizard(page);

        await wizard.PressButtonAsync("Start the self-check");

        await page.Locator("[data-step='nerves']").WaitForAsync();
        Assert.EndsWith("/check/nerves", page.Url, StringComparison.Ordinal);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Nerve warning signs");
    }

    [Fact]
    public async Task NotFoundPageHasNoSeriousAxeViolations()
    {
        var page = await server.NewPageAsync(Viewport.Phone);

        var response = await page.GotoAsync("/no-such-page");

        Assert.Equal(404, response!.Status);
        await AxeCheck.NoSeriousViolationsAsync(page, "the not-found page");
    }

    [Fact]
    public async Task ResultsPageWithoutAnswersPointsBackToTheCheck()
    {
        var page = await server.NewPageAsync(Viewport.Phone);

        await page.GotoAsync("/check/results");

        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("no answers to show");
        await AxeCheck.NoSeriousViolationsAsync(page, "the empty results page");
    }
}
