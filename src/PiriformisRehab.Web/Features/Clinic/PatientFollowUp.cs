using Microsoft.EntityFrameworkCore;
using PiriformisRehab.Domain.Plans;
using PiriformisRehab.Domain.Recovery;
using PiriformisRehab.Web.Data;
using PiriformisRehab.Web.Data.Entities;
using PiriformisRehab.Web.Features.Common;

namespace PiriformisRehab.Web.Features.Clinic;

/// <summary>
/// The physio's view of their patients' recovery diaries. Four queries whatever the number of
/// patients: the patients with programmes, exercises and links in one, then the check-ins, the
/// warning signs reported alone and the reviews of those programmes; the recovery engine then reads
/// each programme's diary in memory. The clinic list keeps the rows worked out here
/// (<see cref="ClinicList"/>), so it reads every check-in only of patients whose diary changed.
/// Filtered by the physio like everything in the clinic. Check-in notes are health data: they are
/// returned for the physio's pages and never logged.
/// </summary>
public sealed class PatientFollowUp(IDbContextFactory<AppDbContext> contexts, ExerciseCatalog catalog, RecoveryEngine engine, TimeProvider clock)
{
    /// <summary>
    /// The clinic list rows of the given patients of the physio (archived ones are left out), each
    /// with the diary revision read with the patient, before the diaries: a row worked out here is
    /// never newer than the revision it carries (ADR-009).
    /// </summary>
    public async Task<IReadOnlyList<WorkedOutRow>> RowsAsync(AppDbContext db, string physioId, IReadOnlyCollection<Guid> patientIds, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var ids = patientIds.ToList();
        var patients = await PatientsQuery(db, physioId, null).Where(p => ids.Contains(p.Id)).ToListAsync(ct);
        var records = await RecordsAsync(db, Ownership.AllProgrammes(db, physioId).Where(g => ids.Contains(g.PatientId)), ct);
        var today = Today();
        return [.. patients.Select(p =>
        {
            var diaries = Diaries(p, records, today);
            var followed = diaries.Where(d => d.Followed).ToList();
            var overview = new PatientOverview(
                p.Id, p.Label, p.CreatedAt, p.Programmes.Count, FollowUp.Merge(diaries),
                followed.Max(d => d.LastCheckIn), FollowUp.TrendOf(FollowUp.CurrentOf(followed)))
            {
                Acknowledged = FollowUp.AllAcknowledged(followed),
            };
            // The row changes by itself when a link the patient can still use runs out.
            var expires = diaries.Where(d => d.Link.State == LinkState.Active).Select(d => d.Link.ExpiresAt).Min();
            return new WorkedOutRow(overview, p.DiaryRevision, today, expires);
        })];
    }

    /// <summary>One patient's diaries, newest programme first; null when the patient is not this physio's.</summary>
    public async Task<PatientDiaries?> PatientAsync(string physioId, Guid patientId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await LoadPatientAsync(db, physioId, patientId, ct);
    }

    /// <summary>The printable summary; null when the patient is not this physio's.</summary>
    public async Task<PatientSummary?> SummaryAsync(string physioId, Guid patientId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var patient = await LoadPatientAsync(db, physioId, patientId, ct);
        if (patient is null)
        {
            return null;
        }

        var diary = patient.Current;
        Domain.Rules.AssessmentResult? result = null;
        if (diary?.SourceAssessmentId is Guid sourceId)
        {
            // The runner may have deleted their saved self-check since: then there is nothing to show.
            var json = await db.SavedAssessments.AsNoTracking().Where(a => a.Id == sourceId).Select(a => a.ResultJson).FirstOrDefaultAsync(ct);
            result = json is null ? null : StoredResultJson.Read(json);
        }

        return new PatientSummary(patient, diary, result, Today());
    }

    private async Task<PatientDiaries?> LoadPatientAsync(AppDbContext db, string physioId, Guid patientId, CancellationToken ct)
    {
        var patient = await PatientsQuery(db, physioId, patientId).FirstOrDefaultAsync(ct);
        if (patient is null)
        {
            return null;
        }

        var programmes = Ownership.AllProgrammes(db, physioId).Where(g => g.PatientId == patientId);
        var diaries = Diaries(patient, await RecordsAsync(db, programmes, ct), Today());
        return new PatientDiaries(patient.Id, patient.Label, FollowUp.Merge(diaries), diaries);
    }

    private DateOnly Today() => clock.Today();

    private static IQueryable<Patient> PatientsQuery(AppDbContext db, string physioId, Guid? patientId)
    {
        // Archived patients and programmes leave the clinic's lists (spec: issue 12, item 7).
        var patients = Ownership.Patients(db, physioId).AsNoTracking().Where(p => p.ArchivedAt == null);
        if (patientId is Guid id)
        {
            patients = patients.Where(p => p.Id == id);
        }

        // One command: a programme has a handful of exercises and links, so the joined rows stay few.
        return patients
            .Include(p => p.Programmes.Where(g => g.ArchivedAt == null)).ThenInclude(g => g.Exercises)
            .Include(p => p.Programmes.Where(g => g.ArchivedAt == null)).ThenInclude(g => g.Links)
            .AsSingleQuery();
    }

    /// <summary>
    /// The check-ins of the given programmes grouped by programme in logged order, with the signs
    /// reported alone and the physio's reviews: three commands whatever the number of patients.
    /// </summary>
    private static async Task<DiaryRecords> RecordsAsync(AppDbContext db, IQueryable<Programme> owned, CancellationToken ct)
    {
        var rows = await db.CheckIns.AsNoTracking()
            .Where(c => c.ProgrammeId != null && owned.Any(g => g.Id == c.ProgrammeId))
            .OrderBy(c => c.SessionDate).ThenBy(c => c.RecordedAt)
            .ToListAsync(ct);
        var signs = await db.WarningSigns.AsNoTracking()
            .Where(w => w.ProgrammeId != null && owned.Any(g => g.Id == w.ProgrammeId))
            .ToListAsync(ct);
        var reviews = await db.DiaryReviews.AsNoTracking()
            .Where(r => owned.Any(g => g.Id == r.ProgrammeId))
            .ToListAsync(ct);
        return new DiaryRecords(
            rows.ToLookup(c => c.ProgrammeId!.Value, CheckInMapping.ToCheckIn),
            signs.ToLookup(w => w.ProgrammeId!.Value, DiaryEventsOf.ToReport),
            reviews.OrderBy(r => r.At).ToLookup(r => r.ProgrammeId, ClinicMapping.Review));
    }

    private sealed record DiaryRecords(ILookup<Guid, CheckIn> CheckIns, ILookup<Guid, WarningSignReport> Signs, ILookup<Guid, ReviewRecord> Reviews);

    private List<ProgrammeDiary> Diaries(Patient patient, DiaryRecords records, DateOnly today)
    {
        var now = clock.GetUtcNow();
        return [.. patient.Programmes
            .OrderByDescending(g => g.CreatedAt)
            .Select(g =>
            {
                var ordered = records.CheckIns[g.Id].ToList();
                var signs = records.Signs[g.Id].ToList();
                var reviews = records.Reviews[g.Id].ToList();
                var events = new DiaryEvents(signs, [.. reviews.Where(r => r.Kind == ReviewKind.Resumed).Select(r => r.At)]);
                var picture = engine.Evaluate(DiaryStarts.ForProgramme(g, catalog), ordered, events, today);
                var followed = g.Links.Count > 0;
                var link = ClinicMapping.NewestLink(g.Links, now);
                // The newest thing the patient sent: an alert acknowledged after it stays acknowledged.
                var lastHeard = ordered.Select(c => c.RecordedAt).Concat(signs.Select(s => s.RecordedAt)).DefaultIfEmpty(DateTimeOffset.MinValue).Max();
                return new ProgrammeDiary(g.Id, followed, ClinicMapping.Source(g.Origin), g.CreatedAt, g.SourceAssessmentId, link, picture, ordered, Stages(g, picture), followed ? picture.Concerns : [], g.Exercises.Count)
                {
                    Recent = Recent(ordered),
                    Reviews = reviews,
                    SignReports = signs,
                    LastHeard = lastHeard == DateTimeOffset.MinValue ? null : lastHeard,
                };
            })];
    }

    // Each row says its own re-screen's level; the pause alert gathers every sign since the pause began.
    private static List<CheckInRow> Recent(List<CheckIn> ordered) =>
        [.. Enumerable.Reverse(ordered).Take(ProgrammeDiary.RecentCount)
            .Select(c => new CheckInRow(c, RedFlagRescreen.Evaluate(c.RedFlagAnswers) is { HasRedFlag: true } rescreen ? rescreen.Triage : null))];

    private static List<PlanStage> Stages(Programme programme, RecoveryPicture picture) =>
        [.. picture.Ladders.Select(l => new PlanStage(
            l.Title,
            l.Current,
            // The physio's own dose when the exercise is in the programme; the catalogue's once the ladder moved past it.
            programme.Exercises.FirstOrDefault(e => e.ExerciseId == l.Current.Id)?.Dosage ?? l.Current.Dosage,
            l.Next,
            l.Reason))];
}
