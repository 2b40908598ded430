using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PiriformisRehab.Domain.Recovery;
using PiriformisRehab.Web.Data;
using PiriformisRehab.Web.Features.Common;

namespace PiriformisRehab.ClinicScale;

/// <summary>A row of the clinic list as the database keeps it, in the list's order.</summary>
internal sealed record KeptRow(string Label, string LabelKey, int SortGroup, int SortRank);

internal sealed record BenchResults(Measurement FirstEver, IReadOnlyList<Measurement> Steady, Measurement FirstOfDay, Measurement SecondOfDay,
    Measurement? CheckInPost, Measurement? ListAfterCheckIn, IReadOnlyList<KeptRow> Clinic, int SearchMatches);

/// <summary>
/// The measuring run over a seeded clinic: the physio signed in through the login form, the
/// patient pages opened anonymously through a link, every response checked (PageChecks).
/// </summary>
internal sealed class ClinicBench(ScaleServer server, SeedResult seed, BenchOptions options)
{
    public async Task<BenchResults> RunAsync()
    {
        using var physio = new BenchClient(server.BaseAddress, server.Timings);
        using var patient = new BenchClient(server.BaseAddress, server.Timings);
        await physio.SignInAsync(seed.Email, ClinicSeeder.Password);

        // The very first visit: no row is kept yet, so every patient's row is worked out.
        Console.WriteLine("First visit to /clinic (every row worked out)...");
        var firstEver = await physio.GetAsync("/clinic");
        var clinic = await KeptOrderAsync();
        PageChecks.ClinicPage(firstEver, 1, seed.Patients.Count, clinic[0].Label);

        var sample = seed.Patients.First(p => p.Story == DiaryStory.Recovering);
        var pageCount = (seed.Patients.Count + 24) / 25;
        var deepPage = Math.Min(20, pageCount);
        var search = clinic.Where(r => r.LabelKey.Contains(ClinicSeeder.SearchFragment, StringComparison.Ordinal)).ToList();
        if (search.Count == 0)
        {
            throw new BenchFailure($"No seeded label contains \"{ClinicSeeder.SearchFragment}\": the search would measure an empty page.");
        }

        var steady = new List<Measurement>
        {
            await MeasureAsync("`GET /clinic` (page 1, rows kept)", physio, "/clinic", Target.List, r => PageChecks.ClinicPage(r, 1, seed.Patients.Count, clinic[0].Label)),
            await MeasureAsync($"`GET /clinic?page={deepPage}`", physio, $"/clinic?page={deepPage}", Target.List,
                r => PageChecks.ClinicPage(r, deepPage, seed.Patients.Count, clinic[(deepPage - 1) * 25].Label)),
            await MeasureAsync($"`GET /clinic?q={ClinicSeeder.SearchFragment}` ({search.Count} match)", physio, $"/clinic?q={ClinicSeeder.SearchFragment}", Target.List,
                r => PageChecks.ClinicPage(r, 1, search.Count, search[0].Label)),
            await MeasureAsync("`GET /clinic/patients/{id}` (physio's patient page)", physio, $"/clinic/patients/{sample.Id}", Target.PatientPage,
                r => PageChecks.PatientPage(r, sample.Label)),
            await MeasureAsync("`GET /p/{token}` (patient page, anonymous)", patient, $"/p/{sample.Token}", Target.PatientPage, PageChecks.SharedProgramme),
            await MeasureAsync($"`GET /p/{{token}}/diary` ({options.CheckIns} check-ins, anonymous)", patient, $"/p/{sample.Token}/diary", Target.PatientPage,
                r => PageChecks.Diary(r, options.CheckIns)),
        };

        // The first visit of each day works out every row again (the 14-day rule moves with the
        // calendar). The app's cookie lasts 8 hours, so the physio signs in again each morning.
        var firsts = new List<Timed>();
        var seconds = new List<Timed>();
        for (var day = 1; day <= options.Days; day++)
        {
            server.Clock.Advance(TimeSpan.FromDays(1));
            await physio.SignInAsync(seed.Email, ClinicSeeder.Password);
            var first = await physio.GetAsync("/clinic");
            var second = await physio.GetAsync("/clinic");
            var order = await KeptOrderAsync();
            PageChecks.ClinicPage(first, 1, seed.Patients.Count, order[0].Label);
            PageChecks.ClinicPage(second, 1, seed.Patients.Count, order[0].Label);
            firsts.Add(first);
            seconds.Add(second);
            Console.WriteLine($"  day +{day}: first visit {first.Server.Elapsed.TotalMilliseconds:0} ms, the next {second.Server.Elapsed.TotalMilliseconds:0.0} ms");
        }

        // One patient checks in, then the physio opens the list: only that patient's row is redone.
        var posts = new List<Timed>();
        var lists = new List<Timed>();
        foreach (var checkingIn in seed.Patients.Where(p => p.Story == DiaryStory.Recovering && p != sample).Take(options.CheckInRounds))
        {
            posts.Add(await patient.CheckInAsync(checkingIn.Token, DiaryDay.Of(server.Clock.GetUtcNow())));
            var list = await physio.GetAsync("/clinic");
            PageChecks.ClinicPage(list, 1, seed.Patients.Count, (await KeptOrderAsync())[0].Label);
            lists.Add(list);
        }

        return new BenchResults(
            new Measurement("`GET /clinic`, very first visit (no row kept yet)", [firstEver], Target.None),
            steady,
            new Measurement($"`GET /clinic`, first visit of a day (median of {options.Days} days)", firsts, Target.None),
            new Measurement("`GET /clinic`, the visit after it", seconds, Target.List),
            posts.Count == 0 ? null : new Measurement("`POST /p/{token}/diary` (one check-in)", posts, Target.None),
            lists.Count == 0 ? null : new Measurement("`GET /clinic` after one check-in (one row redone)", lists, Target.List),
            clinic,
            search.Count);
    }

    private async Task<Measurement> MeasureAsync(string name, BenchClient client, string path, Target target, Action<Timed> check)
    {
        Console.WriteLine($"Measuring {path}: {options.Warmup} warm-up, {options.Requests} measured...");
        for (var i = 0; i < options.Warmup; i++)
        {
            check(await client.GetAsync(path));
        }

        var samples = new List<Timed>(options.Requests);
        for (var i = 0; i < options.Requests; i++)
        {
            var response = await client.GetAsync(path);
            check(response);
            samples.Add(response);
        }

        return new Measurement(name, samples, target);
    }

    /// <summary>The physio's listed patients in the list's order (ClinicList's ORDER BY), read from the kept rows.</summary>
    private async Task<List<KeptRow>> KeptOrderAsync()
    {
        var contexts = server.Services.GetRequiredService<IDbContextFactory<AppDbContext>>();
        await using var db = await contexts.CreateDbContextAsync();
        var rows = await (from p in db.Patients.AsNoTracking().Where(p => p.PhysioId == seed.PhysioId && p.ArchivedAt == null)
                          join e in db.ClinicListEntries.AsNoTracking() on p.Id equals e.PatientId
                          orderby e.SortGroup, e.SortRank, e.SortCount, e.LastCheckInDay descending, e.LabelKey, p.Id
                          select new KeptRow(p.Label, e.LabelKey, e.SortGroup, e.SortRank)).ToListAsync();
        return rows.Count == seed.Patients.Count
            ? rows
            : throw new BenchFailure($"{rows.Count} kept rows after a visit, not one per patient ({seed.Patients.Count}).");
    }

    /// <summary>How many rows of each top concern the clinic shows: a check that the seed gives the list something to sort.</summary>
    public static string Picture(IReadOnlyList<KeptRow> clinic) =>
        string.Join(", ", clinic
            .GroupBy(r => r.SortRank == int.MaxValue ? "no concern" : ((ConcernKind)r.SortRank).ToString())
            .OrderBy(g => g.Key == "no concern" ? int.MaxValue : (int)Enum.Parse<ConcernKind>(g.Key))
            .Select(g => $"{g.Key} {g.Count()}"))
        + $"; unacknowledged alerts {clinic.Count(r => r.SortGroup == 0)}, acknowledged {clinic.Count(r => r.SortGroup == 1)}";
}
