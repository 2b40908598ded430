using PiriformisRehab.EndToEnd.Tests.Infrastructure;

namespace PiriformisRehab.EndToEnd.Tests;

/// <summary>The policy is enforced in the browser, and the watch every test relies on sees a violation.</summary>
public sealed class ContentSecurityPolicyTests(AppServer server)
{
    [Fact]
    public async Task AnInlineScriptIsRefusedAndTheWatchSeesIt()
    {
        var page = await server.NewPageAsync(Viewport.Desktop);
        await page.GotoAsync("/");

        await page.EvaluateAsync("""
            () => {
                const script = document.createElement('script');
                script.textContent = 'window.inlineRan = true;';
                document.head.appendChild(script);
            }
            """);
        var ran = await page.EvaluateAsync<bool>("() => window.inlineRan === true");
        await page.WaitForTimeoutAsync(250); // Console messages arrive asynchronously.

        Assert.False(ran, "The inline script ran: the CSP is not enforced.");
        // Taking the record here keeps this deliberate violation from failing the test afterwards.
        var violations = CspWatch.Take(TestContext.Current.Test!.UniqueID);
        Assert.Contains(violations, v => v.Contains("Refused to", StringComparison.Ordinal) && v.Contains("script-src", StringComparison.Ordinal));
    }
}
