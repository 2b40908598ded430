using System.Globalization;

namespace PiriformisRehab.ClinicScale;

/// <summary>
/// "A clinic of a thousand patients" (issue 15 item 5): seeds 1,000 patients x 50 check-ins into a
/// fresh SQLite file, then measures the clinic list, the patient pages and the diary in server time.
/// See bench/ClinicScale.md.
/// </summary>
internal static class Program
{
    public static async Task<int> Main(string[] args)
    {
        if (!BenchOptions.TryParse(args, out var options, out var error))
        {
            Console.Error.WriteLine(error);
            Console.Error.WriteLine(BenchOptions.Usage);
            return 2;
        }

        // Read before the server moves the current directory to bin/ for WebApplicationFactory.
        var repository = Environment.CurrentDirectory;
        var loadBefore = Machine.LoadAverage();
        var server = ScaleServer.Start();
        try
        {
            Console.WriteLine($"Seeding {options.Patients:N0} patients x {options.CheckIns} check-ins into {server.DatabasePath}...");
            var seed = await new ClinicSeeder(server.Services, server.Clock).SeedAsync(options.Patients, options.CheckIns, CancellationToken.None);
            var seedLine = string.Create(CultureInfo.InvariantCulture,
                $"{seed.Patients.Count:N0} patients, {seed.CheckIns:N0} check-ins ({seed.WithNotes:N0} with a note, {seed.WarningSigns} with a warning sign, {seed.Reviews} acknowledged) in {seed.Elapsed.TotalSeconds:0.0} s; database {new FileInfo(server.DatabasePath).Length / 1048576.0:0.0} MB");
            Console.WriteLine("Seeded: " + seedLine);
            if (options.Mode == BenchMode.Seed)
            {
                var tokens = Path.Combine(server.Folder, "patient-links.json");
                await File.WriteAllTextAsync(tokens, ClinicSeeder.TokensJson(seed));
                Console.WriteLine();
                Console.WriteLine($"Kept in {server.Folder}. Open it with the app (the clock is the real one, so open it today):");
                Console.WriteLine($"  ConnectionStrings__Default=\"Data Source={server.DatabasePath}\" dotnet run --project src/PiriformisRehab.Web");
                Console.WriteLine($"  sign in as {seed.Email} / {ClinicSeeder.Password}; each patient's link token is in {tokens}.");
                return 0;
            }

            var results = await new ClinicBench(server, seed, options).RunAsync();
            Console.WriteLine();
            Console.WriteLine(Report(results, options, seedLine, repository, loadBefore));
            return 0;
        }
        catch (BenchFailure failure)
        {
            Console.Error.WriteLine("FAILED: " + failure.Message);
            return 1;
        }
        finally
        {
            await server.StopAsync(options.Keep);
            if (options.Keep)
            {
                Console.WriteLine($"Database kept in {server.Folder}.");
            }
        }
    }

    private static string Report(BenchResults results, BenchOptions options, string seedLine, string repository, string loadBefore)
    {
        var lines = new List<string>
        {
            "## Clinic scale: results",
            string.Empty,
            $"- date: {Machine.Now()}; commit {Machine.Commit(repository)}",
            $"- machine: {Environment.ProcessorCount} cores (nproc); load average {loadBefore} at the start, {Machine.LoadAverage()} at the end (1, 5, 15 min)",
            $"- runtime: {Machine.Runtime()}",
            $"- seed: {seedLine}",
            $"- clinic list: {ClinicBench.Picture(results.Clinic)}",
            $"- each steady row: {options.Warmup} warm-up requests, then {options.Requests} measured one after another; server time is the app's whole pipeline (a middleware before it, around next()), body bytes as the app wrote them (uncompressed)",
            string.Empty,
            Measurement.Header,
        };
        lines.AddRange(results.Steady.Select(m => m.Row()));
        lines.Add(results.SecondOfDay.Row());
        if (results.ListAfterCheckIn is { } after)
        {
            lines.Add(after.Row());
        }

        lines.Add(results.FirstOfDay.Row());
        lines.Add(results.FirstEver.Row());
        if (results.CheckInPost is { } post)
        {
            lines.Add(post.Row());
        }

        return string.Join(Environment.NewLine, lines);
    }
}
