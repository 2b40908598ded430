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

        // Listening starts before the server so that every pool's counter is seen from zero.
        using var pool = new PoolMeter();
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
            runs.Add(await MeasureRunAsync(run, options, server, driver, pool));
        }

        PrintSummary(options, runs, clock.Elapsed, pool);
        return 0;
    }

    /// <summary>
    /// One run: baseline, N/2 pages opened and measured, the rest opened and measured, all closed.
    /// The half-way point gives the marginal cost per circuit, free of fixed costs that do not
    /// grow with the number of circuits.
    /// </summary>
    private static async Task<RunResult> MeasureRunAsync(int run, BenchOptions options, BenchServer server, WizardDriver driver, PoolMeter pool)
    {
        var baseline = await SnapshotAsync(options, server, pool);
        await HoldAsync(run, options, "at the baseline");

        var opening = Stopwatch.StartNew();
        var half = options.Circuits / 2;
        var contexts = new List<IBrowserContext>(await OpenAllAsync(driver, options.Target, half, options.Parallel));
        opening.Stop();
        var halfway = half > 0 ? await SnapshotAsync(options, server, pool) : null;
        opening.Start();
        contexts.AddRange(await OpenAllAsync(driver, options.Target, options.Circuits - half, options.Parallel));
        opening.Stop();
        var full = await SnapshotAsync(options, server, pool);

        var result = new RunResult(run, options.Circuits, half, baseline, halfway, full, opening.Elapsed);
        Console.WriteLine(
            $"Run {run}: {options.Circuits} pages opened in {opening.Elapsed.TotalSeconds:0}s, {full.LiveCircuits} circuits live ({full.ConnectedCircuits} connected); " +
            $"managed heap {Kb(baseline.Heap):N0} KB -> {(halfway is null ? string.Empty : $"{Kb(halfway.Heap):N0} KB ({half} pages) -> ")}{Kb(full.Heap):N0} KB; " +
            $"free pooled buffers {Kb(baseline.Pooled):N0} -> {Kb(full.Pooled):N0} KB; thread-pool threads {baseline.Threads} -> {full.Threads}; " +
            $"working set {baseline.WorkingSet / 1048576.0:N0} -> {full.WorkingSet / 1048576.0:N0} MB. " +
            $"Delta / N {result.PerPageKb:N1} KB, net {result.NetPerPageKb:N1} KB, marginal {Marginal(result)} KB.");

        await HoldAsync(run, options, "with the pages open");

        await CloseAllAsync([.. contexts], options.Parallel);
        await WaitForNoCircuitsAsync(server);
        return result;
    }

    /// <summary>Settles (idle thread-pool threads retire after 20 s), then measures.</summary>
    private static async Task<Snapshot> SnapshotAsync(BenchOptions options, BenchServer server, PoolMeter pool)
    {
        await Task.Delay(options.Settle);
        var live = server.Circuits.Live;
        var connected = server.Circuits.Connected;
        var heap = FullCollectAndMeasure();
        return new Snapshot(heap, pool.PooledBytes, live, connected, ThreadPool.ThreadCount, Environment.WorkingSet);
    }

    private static string Marginal(RunResult result) => result.MarginalKb is { } kb ? kb.ToString("N1", CultureInfo.InvariantCulture) : "n/a";

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

    /// <summary>With --hold, pauses every run at both measuring points so a heap snapshot can be taken (dotnet-dump, dotnet-gcdump).</summary>
    private static async Task HoldAsync(int run, BenchOptions options, string where)
    {
        if (options.Hold > TimeSpan.Zero)
        {
            Console.WriteLine($"Holding {options.Hold.TotalSeconds:0}s {where} of run {run} (process id {Environment.ProcessId}).");
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
        Console.WriteLine($"  pages      {options.Circuits} per run, {options.Runs} runs, {options.Parallel} driven at a time, {options.Settle.TotalSeconds:0}s settle before each measurement");
    }

    private static string Describe(Target target) => target switch
    {
        Target.Safety => "wizard step 1, 13 safety answers",
        Target.Context => "wizard step 4, all 35 answers",
        Target.Trivial => "bench-only interactive counter page",
        Target.Static => "static home page, no circuit",
        _ => target.ToString(),
    };

    private static void PrintSummary(BenchOptions options, List<RunResult> runs, TimeSpan elapsed, PoolMeter pool)
    {
        Console.WriteLine();
        Console.WriteLine($"Summary: --step {options.Target.ToString().ToLowerInvariant()}, N = {options.Circuits}{(pool.Seen ? string.Empty : " (the memory-pool counter reported nothing: net = delta)")}");
        Console.WriteLine();
        Console.WriteLine("| Run | Pages | Live circuits | Baseline KB | With pages KB | Delta KB | Delta / N KB | Net / N KB | Marginal KB | Open s |");
        Console.WriteLine("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var r in runs)
        {
            Console.WriteLine(
                $"| {r.Run} | {r.Pages} | {r.Full.LiveCircuits} | {Kb(r.Baseline.Heap):N0} | {Kb(r.Full.Heap):N0} | {Kb(r.Delta):N0} | {r.PerPageKb:N1} | " +
                $"{r.NetPerPageKb:N1} | {Marginal(r)} | {r.Opening.TotalSeconds:0} |");
        }

        var median = Median(runs.Select(r => r.NetPerPageKb));
        var marginals = runs.Where(r => r.MarginalKb is not null).Select(r => r.MarginalKb!.Value).ToArray();
        Console.WriteLine();
        Console.WriteLine($"Median delta / N: {Median(runs.Select(r => r.PerPageKb)),7:N1} KB");
        Console.WriteLine($"Median net / N:   {median,7:N1} KB  <- per live circuit (free pooled buffers excluded)");
        Console.WriteLine($"Median marginal:  {(marginals.Length > 0 ? Median(marginals).ToString("N1", CultureInfo.InvariantCulture) : "n/a"),7} KB  (second half of the pages only)");
        if (options.Target is Target.Safety or Target.Context or Target.Trivial)
        {
            Console.WriteLine($"Target: at most {TargetKbPerCircuit:N0} KB per live circuit: {(median <= TargetKbPerCircuit ? "met" : "NOT met")}.");
        }

        Console.WriteLine($"Total time {elapsed.TotalSeconds:0}s.");
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
