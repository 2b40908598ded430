namespace PiriformisRehab.EndToEnd.Tests.Infrastructure;

/// <summary>
/// Browser tests need Debian's Chromium. Outside CI they skip with the reason; with CI=true a
/// missing browser is a failure, so a broken CI image can never pass by skipping everything.
/// </summary>
internal static class BrowserRequirement
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public static void EnsureChromium()
    {
        if (File.Exists(ChromiumPath))
        {
            return;
        }

        var reason = $"Chromium not found at {ChromiumPath}; install it with 'apt-get install -y chromium' to run browser tests.";
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail(reason + " (CI=true: browser tests must run in CI.)");
        }

        Assert.Skip(reason);
    }
}
