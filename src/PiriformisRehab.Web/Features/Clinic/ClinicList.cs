using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using PiriformisRehab.Domain.Recovery;
using PiriformisRehab.Web.Data;
using PiriformisRehab.Web.Data.Entities;
using PiriformisRehab.Web.Features.Common;

namespace PiriformisRehab.Web.Features.Clinic;

/// <summary>
/// The clinic list, a page at a time (ADR-009). Each patient's row is worked out by the recovery
/// engine once and kept in <see cref="ClinicListEntry"/>; a visit first works out again the rows
/// that are out of date (the diary changed, the day turned, a link ran out, the rules changed) and
/// then reads one page of kept rows in the Domain's order (PatientConcernRules.OrderByConcern).
/// A fresh list costs three commands and reads no check-in, however long the physio's history.
/// </summary>
public sealed class ClinicList(IDbContextFactory<AppDbContext> contexts, PatientFollowUp followUp, TimeProvider clock)
{
    /// <summary>Moves on whenever what a kept row holds or how it sorts changes, so every row is redone once.</summary>
    public const int RulesVersion = 1;

    /// <summary>Rows worked out per round trip: keeps each command's id list short on the first visit of a day.</summary>
    private const int Batch = 100;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public async Task<ClinicListPage> PageAsync(string physioId, ClinicListQuery query, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var db = await contexts.CreateDbContextAsync(ct);
        await RefreshAsync(db, physioId, ct);

        var listed = from p in Ownership.Patients(db, physioId).Where(p => p.ArchivedAt == null)
                     join e in db.ClinicListEntries on p.Id equals e.PatientId
                     select new { p.Id, p.Label, p.CreatedAt, e };
        var key = query.SearchKey;
        var counts = await listed
            .GroupBy(_ => 1)
            .Select(g => new { Matching = g.Count(x => key == null || x.e.LabelKey.Contains(key)), Alerting = g.Count(x => x.e.SortGroup == 0) })
            .FirstOrDefaultAsync(ct);
        var matching = counts?.Matching ?? 0;
        var pageCount = Math.Max(1, (matching + ClinicListQuery.PageSize - 1) / ClinicListQuery.PageSize);
        var page = Math.Min(query.Page, pageCount);

        var shown = key is null ? listed : listed.Where(x => x.e.LabelKey.Contains(key));
        var rows = await shown
            .OrderBy(x => x.e.SortGroup).ThenBy(x => x.e.SortRank).ThenBy(x => x.e.SortCount)
            .ThenByDescending(x => x.e.LastCheckInDay).ThenBy(x => x.e.LabelKey).ThenBy(x => x.Id)
            .Skip((page - 1) * ClinicListQuery.PageSize).Take(ClinicListQuery.PageSize)
            .Select(x => new { x.Id, x.Label, x.CreatedAt, x.e.RowJson })
            .ToListAsync(ct);
        var patients = rows.Select(r => Read(r.Id, r.Label, r.CreatedAt, r.RowJson)).ToList();
        return new ClinicListPage(patients, page, pageCount, matching, counts?.Alerting ?? 0, query with { Page = page });
    }

    /// <summary>
    /// Works out again every row of the physio's listed patients that is missing or out of date.
    /// Two instances may do it at once: the loser's save fails on the key or the row it expected,
    /// and it starts over, finding the winner's rows fresh.
    /// </summary>
    private async Task RefreshAsync(AppDbContext db, string physioId, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await RefreshOnceAsync(db, physioId, ct);
                return;
            }
            catch (DbUpdateException) when (attempt < 3)
            {
                db.ChangeTracker.Clear();
            }
        }
    }

    private async Task RefreshOnceAsync(AppDbContext db, string physioId, CancellationToken ct)
    {
        var today = clock.Today().DayNumber;
        var now = clock.GetUtcNow().UtcTicks;
        var stale = await Ownership.Patients(db, physioId)
            .Where(p => p.ArchivedAt == null)
            .Where(p => !db.ClinicListEntries.Any(e => e.PatientId == p.Id
                && e.Revision == p.DiaryRevision
                && e.ComputedOnDay == today
                && e.RulesVersion == RulesVersion
                && (e.StaleAtTicks == 0 || e.StaleAtTicks > now)))
            .Select(p => p.Id)
            .ToListAsync(ct);
        foreach (var batch in stale.Chunk(Batch))
        {
            var worked = await followUp.RowsAsync(db, physioId, batch, ct);
            var kept = await db.ClinicListEntries.Where(e => batch.Contains(e.PatientId)).ToDictionaryAsync(e => e.PatientId, ct);
            foreach (var row in worked)
            {
                if (!kept.TryGetValue(row.Overview.Id, out var entry))
                {
                    entry = new ClinicListEntry { PatientId = row.Overview.Id };
                    db.ClinicListEntries.Add(entry);
                }

                Write(entry, row);
            }

            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }
    }

    private static void Write(ClinicListEntry entry, WorkedOutRow row)
    {
        var overview = row.Overview;
        var (rank, count) = ConcernRules.SortKey(overview.Concerns);
        entry.Revision = row.Revision;
        entry.ComputedOnDay = row.Today.DayNumber;
        entry.StaleAtTicks = row.Expires?.UtcTicks ?? 0;
        entry.RulesVersion = RulesVersion;
        entry.LabelKey = overview.Label.ToLowerInvariant();
        // The groups and keys of PatientConcernRules.OrderByConcern, as columns the database sorts by.
        entry.SortGroup = overview.Concerns.Count == 0 ? 2 : overview.Acknowledged ? 1 : 0;
        entry.SortRank = rank;
        entry.SortCount = count;
        entry.LastCheckInDay = overview.LastCheckIn?.DayNumber ?? 0;
        entry.RowJson = JsonSerializer.Serialize(new KeptRow(overview.ProgrammeCount, overview.Concerns, overview.LastCheckIn, overview.Trend, overview.Acknowledged), Json);
    }

    private static PatientOverview Read(Guid id, string label, DateTimeOffset createdAt, string json)
    {
        var row = JsonSerializer.Deserialize<KeptRow>(json, Json) ?? throw new InvalidOperationException("A clinic list row could not be read.");
        return new PatientOverview(id, label, createdAt, row.ProgrammeCount, row.Concerns, row.LastCheckIn, row.Trend) { Acknowledged = row.Acknowledged };
    }

    /// <summary>What a kept row shows; the label and dates come from the patient itself.</summary>
    private sealed record KeptRow(int ProgrammeCount, IReadOnlyList<Concern> Concerns, DateOnly? LastCheckIn, PainTrend? Trend, bool Acknowledged);
}
