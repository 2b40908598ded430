using System.Collections.Concurrent;
using System.Reflection;
using Microsoft.Playwright;
using Xunit.v3;

namespace PiriformisRehab.EndToEnd.Tests.Infrastructure;

/// <summary>
/// Every browser test fails on a Content-Security-Policy violation: Chromium reports each one as
/// a console message starting "Refused to" (a blocked inline script, style, frame or connection).
/// Pages are watched from <see cref="AppServer.NewPageAsync"/>; the check runs after each test.
/// </summary>
public static class CspWatch
{
    private static readonly ConcurrentDictionary<string, ConcurrentQueue<string>> ByTest = new();

    /// <summary>
    /// Chromium writes its own "Refused to ..." lines to the DevTools log, which does not always
    /// reach Playwright's console event, so each page also reports every securitypolicyviolation
    /// event as a console error in the same words (an init script, which the page's CSP does not govern).
    /// </summary>
    private const string ReportViolations = """
        document.addEventListener('securitypolicyviolation', e =>
            console.error(`Refused to load or run ${e.blockedURI || 'inline code'} (CSP ${e.effectiveDirective}) at ${e.sourceFile}:${e.lineNumber}`));
        """;

    public static async Task WatchAsync(IBrowserContext context)
    {
        await context.AddInitScriptAsync(ReportViolations);
        var testId = TestContext.Current.Test?.UniqueID ?? "(no test)";
        var violations = ByTest.GetOrAdd(testId, _ => new ConcurrentQueue<string>());
        context.Console += (_, message) =>
        {
            if (message.Text.Contains("Refused to", StringComparison.Ordinal))
            {
                violations.Enqueue($"{message.Location}: {message.Text}");
            }
        };
    }

    /// <summary>The violations seen by a test's pages, removed from the record.</summary>
    public static IReadOnlyList<string> Take(string testId) =>
        ByTest.TryRemove(testId, out var violations) ? [.. violations] : [];
}

/// <summary>Applied to the whole assembly: a test whose pages broke the CSP fails, whatever it asserted.</summary>
[AttributeUsage(AttributeTargets.Assembly)]
public sealed class NoCspViolationsAttribute : BeforeAfterTestAttribute
{
    public override void After(MethodInfo methodUnderTest, IXunitTest test)
    {
        var violations = CspWatch.Take(test.UniqueID);
        if (violations.Count > 0)
        {
            throw new InvalidOperationException("The page broke the Content-Security-Policy:" + Environment.NewLine + string.Join(Environment.NewLine, violations));
        }
    }
}
