using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using Microsoft.Playwright;

namespace PiriformisRehab.CircuitMemory;

/// <summary>
/// Measures the server's managed memory per live Blazor circuit on the self-check wizard: the app
/// in this process on loopback Kestrel, one headless Chromium, N isolated browser contexts each
/// holding one circuit at the chosen wizard step. See bench/CircuitMemory.md.
/// </summary>
internal static class Program
{
    private const string ChromiumPath = "/usr/bin/chromium";
    private const double TargetKbPerCircuit = 250;

    public static async Task<int> Main(string[] args)
    {
        if (!BenchOptions.TryParse(args, out var options, out var error))
        {
            Console.Error.WriteLine(error);
            Console.Error.WriteLine(BenchOptions.Usage);
            return 2;
        }

        if (!File.Exists(ChromiumPath))
        {
            Console.Error.WriteLine($"Chromium not found at {ChromiumPath} (apt-get install -y chromium).");
            return 2;
        }

        // The whole run is bounded: a stuck browser or server ends it with an error, not a hang.
        _ = Task.Delay(options.TimeLimit).ContinueWith(_ =>
        {
            Console.Error.WriteLine($"Time limit of {options.TimeLimit.TotalMinutes:0} minutes reached; stopping.");
            Environment.Exit(3);
        }, TaskScheduler.Default);

        var clock = Stopwatch.StartNew();
        PrintSetup(options);

        await using var server = BenchServer.Start();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            // Without the background-networking flags Chromium tries Google's hosts on a closed network.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        var driver = new WizardDriver(browser, server.BaseAddress);

        // Warm-up: as many pages as are driven at a time, opened together and closed, so first-use
        // costs (JIT, caches, data-protection keys) and the high-water mark of Kestrel's pooled
        // buffers land in the baseline and not in the first run.
        Console.WriteLine($"Warm-up: {options.Parallel} pages opened and closed.");
        await CloseAllAsync(await OpenAllAsync(driver, options.Target, options.Parallel, options.Parallel), options.Parallel);
        await WaitForNoCircuitsAsync(server);

        var runs = new List<RunResult>();
        for (var run = 1; run <= options.Runs; run++)
        {
            runs.Add(await MeasureRunAsync(run, options, server, driver));
        }

        PrintSummary(options, runs, clock.Elapsed);
        return 0;
    }

    private static async Task<RunResult> MeasureRunAsync(int run, BenchOptions options, BenchServer server, WizardDriver driver)
    {
        await Task.Delay(options.Settle);
        var baseline = FullCollectAndMeasure();
        var workingSetBefore = Environment.WorkingSet;
        await HoldAsync(run, options, "at the baseline");

        var opening = Stopwatch.StartNew();
        var contexts = await OpenAllAsync(driver, options.Target, options.Circuits, options.Parallel);
        opening.Stop();
        await Task.Delay(options.Settle);
        var live = server.Circuits.Live;
        var connected = server.Circuits.Connected;
        var after = FullCollectAndMeasure();
        var workingSetAfter = Environment.WorkingSet;
        var result = new RunResult(run, options.Circuits, live, connected, baseline, after, workingSetAfter - workingSetBefore, opening.Elapsed);
        Console.WriteLine(
            $"Run {run}: {options.Circuits} pages opened in {opening.Elapsed.TotalSeconds:0}s, {live} circuits live ({connected} connected); " +
            $"managed heap {Kb(baseline):N0} KB -> {Kb(after):N0} KB, delta {Kb(result.Delta):N0} KB, {result.PerCircuitKb:N1} KB per page.");

        await HoldAsync(run, options, "with the pages open");

        await CloseAllAsync(contexts, options.Parallel);
        await WaitForNoCircuitsAsync(server);
        return result;
    }

    private static async Task<IBrowserContext[]> OpenAllAsync(WizardDriver driver, Target target, int count, int parallel)
    {
        var contexts = new ConcurrentBag<IBrowserContext>();
        using var gate = new SemaphoreSlim(parallel);
        await Task.WhenAll(Enumerable.Range(0, count).Select(async _ =>
        {
            await gate.WaitAsync();
            try
            {
                contexts.Add(await driver.OpenAsync(target));
            }
            finally
            {
                gate.Release();
            }
        }));
        return [.. contexts];
    }

    private static async Task CloseAllAsync(IBrowserContext[] contexts, int parallel)
    {
        using var gate = new SemaphoreSlim(parallel);
        await Task.WhenAll(contexts.Select(async context =>
        {
            await gate.WaitAsync();
            try
            {
                await WizardDriver.CloseAsync(context);
            }
            finally
            {
                gate.Release();
            }
        }));
    }

    /// <summary>With --hold, pauses run 1 at both measuring points so a heap snapshot can be taken (dotnet-gcdump).</summary>
    private static async Task HoldAsync(int run, BenchOptions options, string where)
    {
        if (run == 1 && options.Hold > TimeSpan.Zero)
        {
            Console.WriteLine($"Holding {options.Hold.TotalSeconds:0}s {where} (process id {Environment.ProcessId}).");
            await Task.Delay(options.Hold);
        }
    }

    private static async Task WaitForNoCircuitsAsync(BenchServer server)
    {
        if (!await server.Circuits.WaitForLiveAsync(0, TimeSpan.FromSeconds(60)))
        {
            Console.WriteLine($"  Warning: {server.Circuits.Live} circuits still held 60s after their pages closed; the next baseline includes them.");
        }
    }

    /// <summary>Live managed bytes after full, blocking, compacting collections (finalisers run in between).</summary>
    private static long FullCollectAndMeasure()
    {
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        return GC.GetTotalMemory(forceFullCollection: true);
    }

    private static double Kb(long bytes) => bytes / 1024.0;

    private static void PrintSetup(BenchOptions options)
    {
        Console.WriteLine("PiriformisRehab circuit memory");
        Console.WriteLine($"  date       {DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC");
        Console.WriteLine($"  runtime    .NET {Environment.Version}, {(GCSettings.IsServerGC ? "server" : "workstation")} GC, {Environment.ProcessorCount} cores");
        Console.WriteLine($"  target     {options.Target.ToString().ToLowerInvariant()} ({Describe(options.Target)})");
        Console.WriteLine($"  pages      {options.Circuits} per run, {options.Runs} runs, {options.Parallel} driven at a time, {options.Settle.TotalSeconds:0}s settle");
    }

    private static string Describe(Target target) => target switch
    {
        Target.Safety => "wizard step 1, 13 safety answers",
        Target.Context => "wizard step 4, all 35 answers",
        Target.Trivial => "bench-only interactive counter page",
        Target.Static => "static home page, no circuit",
        _ => target.ToString(),
    };

    private static void PrintSummary(BenchOptions options, List<RunResult> runs, TimeSpan elapsed)
    {
        Console.WriteLine();
        Console.WriteLine($"Summary: --step {options.Target.ToString().ToLowerInvariant()}, N = {options.Circuits}");
        Console.WriteLine();
        Console.WriteLine("| Run | Pages | Live circuits | Baseline KB | With pages KB | Delta KB | KB per page | Working set delta MB | Open s |");
        Console.WriteLine("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var r in runs)
        {
            Console.WriteLine($"| {r.Run} | {r.Pages} | {r.LiveCircuits} | {Kb(r.Baseline):N0} | {Kb(r.After):N0} | {Kb(r.Delta):N0} | {r.PerCircuitKb:N1} | {r.WorkingSetDelta / 1048576.0:N1} | {r.Opening.TotalSeconds:0} |");
        }

        var median = Median(runs.Select(r => r.PerCircuitKb));
        Console.WriteLine();
        Console.WriteLine($"Median per page: {median:N1} KB (target at most {TargetKbPerCircuit:N0} KB per live circuit: {(median <= TargetKbPerCircuit ? "met" : "NOT met")}).");
        Console.WriteLine($"Total time {elapsed.TotalSeconds:0}s.");
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }
}

internal sealed record RunResult(int Run, int Pages, int LiveCircuits, int Connected, long Baseline, long After, long WorkingSetDelta, TimeSpan Opening)
{
    public long Delta => After - Baseline;

    public double PerCircuitKb => Delta / 1024.0 / Pages;
}
