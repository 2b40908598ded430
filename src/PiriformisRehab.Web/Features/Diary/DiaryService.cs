using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PiriformisRehab.Domain.Plans;
using PiriformisRehab.Domain.Recovery;
using PiriformisRehab.Web.Data;
using PiriformisRehab.Web.Data.Entities;
using PiriformisRehab.Web.Features.Common;
using PiriformisRehab.Web.Options;

namespace PiriformisRehab.Web.Features.Diary;

/// <summary>
/// The recovery diary behind a patient link (/p) or a saved self-check link (/r). Tokens are
/// looked up by hash as everywhere else; a malformed one never reaches the database. One
/// short-lived context per operation. Nothing here logs: answers, notes and tokens are health
/// data or secrets.
/// </summary>
public sealed class DiaryService(
    IDbContextFactory<AppDbContext> contexts, ExerciseCatalog catalog, CheckInParser parser, RecoveryEngine engine, TimeProvider clock,
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

        var exercises = programme.Exercises.OrderBy(e => e.Position).Select(e => catalog.Find(e.ExerciseId)).OfType<Exercise>().ToList();
        return new Diary(DiaryKind.Programme, programme.Id, DiaryStarts.ForProgramme(programme, catalog), exercises, null);
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
    /// SaveChanges. With any problem nothing is stored and the problems come back by field.
    /// </summary>
    public async Task<CheckInOutcome> AddAsync(Diary diary, CheckInInput input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(diary);
        ArgumentNullException.ThrowIfNull(input);
        var parsed = parser.Parse(input, Today);
        if (parsed.CheckIn is not { } checkIn)
        {
            return new CheckInOutcome(parsed.Errors, null);
        }

        var rescreen = RedFlagRescreen.Evaluate(checkIn.RedFlagAnswers);
        var entry = CheckInMapping.ToEntry(checkIn, rescreen, clock.GetUtcNow());
        if (diary.Kind == DiaryKind.Programme)
        {
            entry.ProgrammeId = diary.OwnerId;
        }
        else
        {
            entry.SavedAssessmentId = diary.OwnerId;
        }

        await using var db = await contexts.CreateDbContextAsync(ct);
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
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // The programme or saved result was deleted after the link was opened (the foreign key
            // refuses the row): the link no longer leads anywhere, so answer as for any dead link.
            return CheckInOutcome.DiaryGone;
        }

        return new CheckInOutcome(new Dictionary<string, string>(), rescreen);
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
        var today = Today;
        var picture = engine.Evaluate(diary.Start, entries.Select(e => e.CheckIn), today);
        return new DiaryState(diary, entries, picture, today) { AfterSave = AfterSave(entries, picture) };
    }

    /// <summary>
    /// What the page says after a check-in was saved (the redirect's GET): the check-in just saved is
    /// the one logged last. When it reports a sign, the whole pause is shown instead, so a milder
    /// sign never hides an uncleared emergency; and whether it resumed a paused plan.
    /// </summary>
    private static SavedCheckInNotice? AfterSave(IReadOnlyList<DiaryEntry> entries, RecoveryPicture picture)
    {
        if (entries.MaxBy(e => e.RecordedAt) is not { } latest)
        {
            return null;
        }

        var rescreen = RedFlagRescreen.Evaluate(latest.CheckIn.RedFlagAnswers);
        var alert = rescreen.HasRedFlag ? picture.PauseReason ?? rescreen : null;
        var before = PauseRules.Follow([.. entries.Where(e => !ReferenceEquals(e, latest)).Select(e => e.CheckIn)]).PausedBy;
        return new SavedCheckInNotice(alert, before is not null && !picture.Paused);
    }

    /// <summary>Deletes every check-in of the diary (the programme or saved result stays). Returns how many.</summary>
    public async Task<int> DeleteCheckInsAsync(Diary diary, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(diary);
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await Of(db, diary).ExecuteDeleteAsync(ct);
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
