using Microsoft.Playwright;
using PiriformisRehab.EndToEnd.Tests.Infrastructure;

namespace PiriformisRehab.EndToEnd.Tests;

/// <summary>The account pages pass axe and fit a phone, signed out and signed in.</summary>
[Collection(nameof(ClinicFlowTests))]
public sealed class AccountPagesTests(AppServer server)
{
    [Fact]
    public async Task SignedOutAccountPagesHaveNoSeriousAxeViolationsAndFitAPhone()
    {
        var page = await server.NewPageAsync(Viewport.Phone);
        foreach (var (path, name) in new[] { ("/account/login", "sign-in"), ("/account/forgot", "forgotten password"), ("/account/reset?userId=x&code=eA", "new password") })
        {
            await page.GotoAsync(path);
            await AxeCheck.NoSeriousViolationsAsync(page, $"the {name} page");
            await AxeCheck.FitsViewportAsync(page);
        }
    }

    [Fact]
    public async Task SignedInAccountPagesHaveNoSeriousAxeViolationsAndFitAPhone()
    {
        var page = await server.NewPageAsync(Viewport.Phone);
        await ClinicFlowTests.RegisterAsync(page, checkAccessibility: false);
        foreach (var (path, name) in new[] { ("/account/manage", "account"), ("/account/manage/password", "change-password"), ("/account/manage/email", "change-email"), ("/account/manage/delete", "delete-account") })
        {
            await page.GotoAsync(path);
            await Assertions.Expect(page.Locator("h1")).ToBeVisibleAsync();
            await AxeCheck.NoSeriousViolationsAsync(page, $"the {name} page");
            await AxeCheck.FitsViewportAsync(page);
        }
    }
}
