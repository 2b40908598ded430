using System.Globalization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Playwright;

namespace PiriformisRehab.FirstVisit;

// Cold first visits to /check: every visit is a new browser context (empty cache, no cookies).
// Bytes are the browser's own transferSize of the document and every resource (headers and
// compressed bodies). The check opens no Blazor circuit (ADR-008), so nothing else is sent.
// Time is from navigation start to the page's load event with the first question rendered.
internal static class FirstVisitProgram
{
    public static async Task<int> Main(string[] args)
    {
        const string chromium = "/usr/bin/chromium";
        var visits = args.Length > 0 && int.TryParse(args[0], CultureInfo.InvariantCulture, out var n) ? Math.Clamp(n, 1, 50) : 10;
        if (!File.Exists(chromium))
        {
            Console.Error.WriteLine($"Chromium not found at {chromium} (apt-get install -y chromium).");
            return 2;
        }

        // Measure a running deployment (--url http://127.0.0.1:5081/, e.g. the published app) or,
        // without --url, the app in this process (build-time asset manifest, less representative).
        var urlIndex = Array.IndexOf(args, "--url");
        ProductionFactory? factory = null;
        string baseUrl;
        if (urlIndex >= 0 && urlIndex + 1 < args.Length)
        {
            baseUrl = args[urlIndex + 1];
        }
        else
        {
            // WebApplicationFactory finds the app's content root through a manifest in the current directory.
            Directory.SetCurrentDirectory(AppContext.BaseDirectory);
            factory = new ProductionFactory();
            factory.UseKestrel(0);
            factory.StartServer();
            baseUrl = factory.ClientOptions.BaseAddress.ToString();
        }

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });

        var bytes = new List<double>();
        var millis = new List<double>();
        for (var i = 0; i <= visits; i++)
        {
            await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = baseUrl, ViewportSize = new ViewportSize { Width = 360, Height = 740 } });
            var page = await context.NewPageAsync();
            await page.GotoAsync("check");
            // The check is static (ADR-008): the first question is usable once the page has loaded.
            await page.Locator("[data-question-id]").First.WaitForAsync(new LocatorWaitForOptions { Timeout = 30_000 });
            await page.WaitForLoadStateAsync(LoadState.Load);
            var ms = await page.EvaluateAsync<double>("() => performance.now()");
            var transferred = await page.EvaluateAsync<double>(
                "() => performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource')).reduce((s, e) => s + (e.transferSize || 0), 0)");
            if (i == 1 && args.Contains("--resources"))
            {
                var list = await page.EvaluateAsync<string[]>(
                    "() => performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource')).map(e => `${(e.transferSize / 1024).toFixed(1).padStart(7)} KB  ${e.name}`)");
                Console.WriteLine(string.Join(Environment.NewLine, list));
            }

            if (i == 0)
            {
                continue; // The first visit warms the server (JIT, caches) and is not counted.
            }

            bytes.Add(transferred);
            millis.Add(ms);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"visit {i,2}: {transferred / 1024,7:0.0} KB transferred, first question ready at {ms,6:0} ms"));
        }

        if (factory is not null)
        {
            await factory.DisposeAsync();
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"median of {visits} cold visits: {Median(bytes) / 1024:0.0} KB transferred, first question ready at {Median(millis):0} ms"));
        return 0;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}

internal sealed class ProductionFactory : WebApplicationFactory<global::Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseStaticWebAssets();
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
    }
}
