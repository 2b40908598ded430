using System.Collections.Concurrent;
using System.Reflection;
using Microsoft.Playwright;
using Xunit.v3;

namespace PiriformisRehab.EndToEnd.Tests.Infrastructure;

/// <summary>
/// The browser contexts each test opened, closed when the test ends. One Chromium serves the whole
/// assembly, so a context left open keeps its renderer process, its page's animations and (on an
/// interactive page) its server circuit alive for the rest of the run: a hundred and more of them
/// slowed every later test on two cores.
/// </summary>
public static class BrowserContexts
{
    private static readonly ConcurrentDictionary<string, ConcurrentBag<IBrowserContext>> ByTest = new();

    public static void Track(IBrowserContext context)
    {
        var testId = TestContext.Current.Test?.UniqueID ?? "(no test)";
        ByTest.GetOrAdd(testId, _ => []).Add(context);
    }

    /// <summary>Closes the contexts a test opened (its pages, their renderers and any circuits they held).</summary>
    public static async Task CloseAsync(string testId)
    {
        if (!ByTest.TryRemove(testId, out var contexts))
        {
            return;
        }

        foreach (var context in contexts)
        {
            try
            {
                await context.CloseAsync();
            }
            catch (PlaywrightException)
            {
                // Already closed by the test itself, or the browser went away: nothing left to free.
            }
        }
    }
}

/// <summary>Applied to the whole assembly: every test's browser contexts are closed after it.</summary>
[AttributeUsage(AttributeTargets.Assembly)]
public sealed class ClosesBrowserContextsAttribute : BeforeAfterTestAttribute
{
    // After is synchronous in xunit v3; closing waits here so the next test starts on a freed browser.
    public override void After(MethodInfo methodUnderTest, IXunitTest test) =>
        BrowserContexts.CloseAsync(test.UniqueID).GetAwaiter().GetResult();
}
