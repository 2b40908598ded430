using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PiriformisRehab.Domain.Plans;
using PiriformisRehab.Domain.Recovery;
using PiriformisRehab.Web.Data;
using PiriformisRehab.Web.Data.Entities;
using PiriformisRehab.Web.Features.Common;
using PiriformisRehab.Web.Features.Email;
using PiriformisRehab.Web.Options;

namespace PiriformisRehab.Web.Features.Diary;

/// <summary>
/// The recovery diary behind a patient link (/p) or a saved self-check link (/r). Tokens are
/// looked up by hash as everywhere else; a malformed one never reaches the database. One
/// short-lived context per operation. Nothing here logs: answers, notes and tokens are health
/// data or secrets.
/// </summary>
public sealed class DiaryService(
    IDbContextFactory<AppDbContext> contexts, ExerciseCatalog catalog, CheckInParser parser, RecoveryEngine engine, ClinicMail mail, TimeProvider clock,
    IOptions<RateLimitOptions> limits)
{
    /// <summary>Today as the diary counts days: the UTC date.</summary>
    public DateOnly Today => clock.Today();

    /// <summary>The diary behind a link of this kind, or null for a malformed, unknown, revoked or expired one alike.</summary>
    public Task<Diary?> OpenAsync(DiaryKind kind, string? token, CancellationToken ct = default) =>
        kind == DiaryKind.Programme ? OpenProgrammeAsync(token, ct) : OpenSavedAsync(token, ct);

    /// <summary>The diary of the programme behind a usable patient link.</summary>
    public async Task<Diary?> OpenProgrammeAsync(string? token, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var link = await LinkLookups.UsablePatientLinkAsync(db.PatientLinks.AsNoTracking(), token, clock.GetUtcNow(), ct);
        if (link is null)
        {
            return null;
        }

        // Loaded after the link is known good; its links give the day the diary is followed from.
        var programme = await db.Programmes.AsNoTracking().Include(p => p.Exercises).Include(p => p.Links).AsSplitQuery()
            .FirstOrDefaultAsync(p => p.Id == link.ProgrammeId, ct);
        if (programme is null)
        {
            return null;
        }

        var ordered = programme.Exercises.OrderBy(e => e.Position).ToList();
        var exercises = ordered.Select(e => catalog.Find(e.ExerciseId)).OfType<Exercise>().ToList();
        var added = ordered.Where(e => e.AddedByPhysio).Select(e => catalog.Find(e.ExerciseId)).OfType<Exercise>().ToList();
        var doses = ordered.DistinctBy(e => e.ExerciseId).ToDictionary(e => e.ExerciseId, e => new PhysioDose(e.Dosage, e.Notes), StringComparer.Ordinal);
        return new Diary(DiaryKind.Programme, programme.Id, DiaryStarts.ForProgramme(programme, catalog), exercises, null) { PhysioAdded = added, PhysioDoses = doses };
    }

    /// <summary>The diary of the saved self-check behind a link.</summary>
    public async Task<Diary?> OpenSavedAsync(string? token, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var row = await LinkLookups.SavedAssessmentAsync(db.SavedAssessments.AsNoTracking(), token, ct);
        if (row is null)
        {
            return null;
        }

        var result = StoredResultJson.Read(row.ResultJson);
        var start = DiaryStarts.ForSaved(result, row.CreatedAt, catalog);
        if (result is null)
        {
            return new Diary(DiaryKind.Saved, row.Id, start, [], "This saved result was made by an earlier version of the self-check, so its plan cannot be shown. Do the self-check again for a plan.");
        }

        return result.Plan.Withheld
            ? new Diary(DiaryKind.Saved, row.Id, start, [], result.Plan.WithheldReason ?? "Your self-check result has no exercise plan.")
            : new Diary(DiaryKind.Saved, row.Id, start, [.. result.Plan.Categories.SelectMany(c => c.Exercises)], null);
    }

    /// <summary>
    /// Checks a check-in and, when it has no problem, stores it with its re-screen's triage in one
    /// SaveChanges. With any problem the check-in is not stored and the problems come back by field;
    /// but a warning sign in it acts first (spec 5.11 a): the sign alone is stored, which pauses the
    /// plan, and comes back to be shown with its advice. A stored sign, and in a physio's programme a
    /// reported clearance, e-mails the physio (queued: the check-in never waits for mail).
    /// </summary>
    public async Task<CheckInOutcome> AddAsync(Diary diary, CheckInInput input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(diary);
        ArgumentNullException.ThrowIfNull(input);
        var parsed = parser.Parse(input, Today);
        var now = clock.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(ct);
        if (parsed.CheckIn is not { } checkIn)
        {
            var signs = RedFlagRescreen.Evaluate(parsed.WarningSigns);
            if (!signs.HasRedFlag)
            {
                return new CheckInOutcome(parsed.Errors, null);
            }

            var report = new WarningSignEntry
            {
                Id = Guid.CreateVersion7(now),
                SessionDate = parsed.SessionDate ?? Today,
                RecordedAt = now,
                RedFlagsJson = JsonSerializer.Serialize(parsed.WarningSigns, DiaryJsonContext.Default.IReadOnlyListString),
                Triage = ContractNames.Of(signs.Triage),
            };
            (report.ProgrammeId, report.SavedAssessmentId) = diary.Kind == DiaryKind.Programme ? ((Guid?)diary.OwnerId, (Guid?)null) : ((Guid?)null, (Guid?)diary.OwnerId);
            db.WarningSigns.Add(report);
            if (!await TrySaveAsync(db, ct))
            {
                return CheckInOutcome.DiaryGone;
            }

            await AlertPhysioAsync(db, diary, ct);
            return new CheckInOutcome(parsed.Errors, signs);
        }

        var rescreen = RedFlagRescreen.Evaluate(checkIn.RedFlagAnswers);
        var entry = CheckInMapping.ToEntry(checkIn, rescreen, now);
        if (diary.Kind == DiaryKind.Programme)
        {
            entry.ProgrammeId = diary.OwnerId;
        }
        else
        {
            entry.SavedAssessmentId = diary.OwnerId;
        }

        if (!rescreen.HasRedFlag && await LoggedTodayAsync(db, diary, ct) >= limits.Value.CheckInsPerDay && limits.Value.Enabled)
        {
            // A cap against floods through one link; a warning sign is never refused (the pause and
            // the physio's alert depend on it being stored).
            return new CheckInOutcome(new Dictionary<string, string>
            {
                [CheckInFields.SessionDate] = $"This diary already has {limits.Value.CheckInsPerDay} check-ins logged today, the most it keeps in a day. Log the next one tomorrow.",
            }, null);
        }

        db.CheckIns.Add(entry);
        if (!await TrySaveAsync(db, ct))
        {
            return CheckInOutcome.DiaryGone;
        }

        if (rescreen.HasRedFlag)
        {
            await AlertPhysioAsync(db, diary, ct);
        }
        else if (checkIn.ClinicianCleared && diary.Kind == DiaryKind.Programme && (await LoadAsync(diary, ct)).Picture.ClearanceReported)
        {
            // Only the physio lifts a programme's pause: the patient's clearance asks them to review.
            await AlertPhysioAsync(db, diary, ct);
        }

        return new CheckInOutcome(new Dictionary<string, string>(), rescreen);
    }

    /// <summary>Saves; false when the programme or saved result was deleted after the link was opened.</summary>
    private static async Task<bool> TrySaveAsync(AppDbContext db, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            // The foreign key refuses the row: the link no longer leads anywhere, so answer as for any dead link.
            return false;
        }
    }

    /// <summary>Queues "a patient needs your review" to the programme's physio; self-directed diaries have none.</summary>
    private async Task AlertPhysioAsync(AppDbContext db, Diary diary, CancellationToken ct)
    {
        if (diary.Kind != DiaryKind.Programme)
        {
            return;
        }

        var email = await (from g in db.Programmes
                           where g.Id == diary.OwnerId
                           join u in db.Users on g.Patient!.PhysioId equals u.Id
                           select u.Email).FirstOrDefaultAsync(ct);
        if (email is not null)
        {
            mail.ReviewNeeded(email);
        }
    }

    private async Task<int> LoggedTodayAsync(AppDbContext db, Diary diary, CancellationToken ct)
    {
        var since = new DateTimeOffset(Today.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var entries = diary.Kind == DiaryKind.Programme
            ? db.CheckIns.Where(e => e.ProgrammeId == diary.OwnerId)
            : db.CheckIns.Where(e => e.SavedAssessmentId == diary.OwnerId);
        return await entries.CountAsync(e => e.RecordedAt >= since, ct);
    }

    /// <summary>The diary's check-ins (by session date, then as logged) and the recovery picture they give.</summary>
    public async Task<DiaryState> LoadAsync(Diary diary, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(diary);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var rows = await Of(db, diary).AsNoTracking().OrderBy(c => c.SessionDate).ThenBy(c => c.RecordedAt).ToListAsync(ct);
        var entries = rows.Select(r => new DiaryEntry(CheckInMapping.ToCheckIn(r), r.RecordedAt, r.Triage)).ToList();
        var events = await DiaryEventsOf.LoadAsync(db, diary.Kind == DiaryKind.Programme ? diary.OwnerId : null, diary.Kind == DiaryKind.Saved ? diary.OwnerId : null, ct);
        var today = Today;
        var picture = engine.Evaluate(diary.Start, entries.Select(e => e.CheckIn), events, today);
        return new DiaryState(diary, entries, picture, today) { AfterSave = AfterSave(entries, events, diary.Start.LiftedBy, picture), SignReports = events.SignReports,
            RunnerAlerts = diary.Kind == DiaryKind.Saved ? RunnerAlertRules.For(picture) : [],
        };
    }

    /// <summary>
    /// What the page says after a check-in was saved (the redirect's GET): the check-in just saved is
    /// the one logged last. When it reports a sign, the whole pause is shown instead, so a milder
    /// sign never hides an uncleared emergency; and whether it resumed a paused plan.
    /// </summary>
    private static SavedCheckInNotice? AfterSave(IReadOnlyList<DiaryEntry> entries, DiaryEvents events, PauseLifter lifter, RecoveryPicture picture)
    {
        if (entries.MaxBy(e => e.RecordedAt) is not { } latest)
        {
            return null;
        }

        var rescreen = RedFlagRescreen.Evaluate(latest.CheckIn.RedFlagAnswers);
        var alert = rescreen.HasRedFlag ? picture.PauseReason ?? rescreen : null;
        var before = PauseRules.FollowAll([.. entries.Where(e => !ReferenceEquals(e, latest)).Select(e => e.CheckIn)], events, lifter).PausedBy;
        return new SavedCheckInNotice(alert, before is not null && !picture.Paused);
    }

    /// <summary>Deletes every check-in of the diary (the programme or saved result stays). Returns how many.</summary>
    public async Task<int> DeleteCheckInsAsync(Diary diary, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(diary);
        await using var db = await contexts.CreateDbContextAsync(ct);
        // One transaction, so the clinic list's revision moves with the deletion (ADR-009).
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        // The warning signs reported alone go too; the physio's reviews of a programme stay with the programme.
        _ = diary.Kind == DiaryKind.Programme
            ? await db.WarningSigns.Where(w => w.ProgrammeId == diary.OwnerId).ExecuteDeleteAsync(ct)
            : await db.WarningSigns.Where(w => w.SavedAssessmentId == diary.OwnerId).ExecuteDeleteAsync(ct);
        var deleted = await Of(db, diary).ExecuteDeleteAsync(ct);
        if (diary.Kind == DiaryKind.Programme)
        {
            await DiaryRevisions.BumpProgrammeAsync(db, diary.OwnerId, ct);
        }

        await transaction.CommitAsync(ct);
        return deleted;
    }

    /// <summary>The diary as CSV (see <see cref="DiaryCsv"/>).</summary>
    public async Task<string> ExportCsvAsync(Diary diary, CancellationToken ct = default)
    {
        var state = await LoadAsync(diary, ct);
        return DiaryCsv.Write(state.Entries);
    }

    private static IQueryable<CheckInEntry> Of(AppDbContext db, Diary diary) => diary.Kind == DiaryKind.Programme
        ? db.CheckIns.Where(c => c.ProgrammeId == diary.OwnerId)
        : db.CheckIns.Where(c => c.SavedAssessmentId == diary.OwnerId);
}
