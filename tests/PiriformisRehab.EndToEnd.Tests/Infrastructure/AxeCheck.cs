using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace PiriformisRehab.EndToEnd.Tests.Infrastructure;

internal static class AxeCheck
{
    /// <summary>Runs axe on the page; any serious or critical violation fails with its rule and nodes.</summary>
    public static async Task NoSeriousViolationsAsync(IPage page, string what)
    {
        // Enhanced navigation patches the old page's elements into the new one, so a button can be
        // mid-way through its colour transition; axe would read that passing colour as the contrast.
        await page.WaitForFunctionAsync("() => document.getAnimations().every(a => !(a instanceof CSSTransition) || a.playState !== 'running')");
        var result = await page.RunAxe();
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        var report = string.Join(Environment.NewLine, serious.Select(v =>
            $"{v.Id} ({v.Impact}): {v.Help} at {string.Join("; ", v.Nodes.Take(3).Select(n => $"{string.Join(' ', n.Target)} ({string.Join(" ", n.Any.Concat(n.All).Concat(n.None).Select(c => c.Message))})"))}"));
        Assert.True(serious.Count == 0, $"axe found serious violations on {what}:{Environment.NewLine}{report}");
    }

    /// <summary>No horizontal scrolling: nothing is wider than the viewport.</summary>
    public static async Task FitsViewportAsync(IPage page)
    {
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"The page is {overflow}px wider than the viewport.");
    }

    public static Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(AppServer.ArtifactsDirectory, name + ".png"), FullPage = true });
}
