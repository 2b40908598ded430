using Microsoft.EntityFrameworkCore;
using PiriformisRehab.Domain;
using PiriformisRehab.Domain.Plans;
using PiriformisRehab.Domain.Questions;
using PiriformisRehab.Domain.Rules;
using PiriformisRehab.Web.Data;
using PiriformisRehab.Web.Data.Entities;
using PiriformisRehab.Web.Features.SavedResults;
using PiriformisRehab.Web.Features.SelfCheck;
using PiriformisRehab.Web.Features.Common;

namespace PiriformisRehab.Web.Features.Clinic;

/// <summary>
/// A patient's programmes and what they start from: the standard plan, a runner's saved self-check
/// or a self-check done together. Filtered by the physio like everything in the clinic.
/// </summary>
public sealed class ProgrammeService(
    IDbContextFactory<AppDbContext> contexts,
    ExerciseCatalog catalog,
    AssessmentEngine engine,
    SelfCheckService selfCheck,
    SavedResultsService savedResults,
    TimeProvider clock)
{
    public async Task<ProgrammeDetail?> ProgrammeAsync(string physioId, Guid patientId, Guid programmeId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var programme = await Ownership.Programmes(db, physioId, patientId)
            .AsNoTracking()
            .Include(p => p.Patient)
            .Include(p => p.Exercises)
            .Include(p => p.Links)
            .AsSplitQuery()
            .FirstOrDefaultAsync(p => p.Id == programmeId, ct);
        if (programme is null)
        {
            return null;
        }

        var items = programme.Exercises
            .OrderBy(e => e.Position)
            .Select(e => (Row: e, Exercise: catalog.Find(e.ExerciseId)))
            // An exercise removed from the catalogue since is left out rather than shown half-empty.
            .Where(x => x.Exercise is not null)
            .Select(x => new ProgrammeItem(x.Row.Id, x.Exercise!, CategoryOf(x.Exercise!), x.Row.Dosage, x.Row.Notes) { Dose = ProgrammeDoses.Read(x.Row.DoseJson) ?? x.Exercise!.Dose })
            .ToList();
        return new ProgrammeDetail(
            programme.Id, programme.PatientId, programme.Patient!.Label, ClinicMapping.Source(programme.Origin), programme.RulesVersion,
            programme.CreatedAt, programme.UpdatedAt, items, ClinicMapping.NewestLink(programme.Links, clock.GetUtcNow()))
        {
            ArchivedAt = programme.ArchivedAt,
        };
    }

    /// <summary>The patient's archived programmes, newest first (empty when the patient is not this physio's).</summary>
    public async Task<IReadOnlyList<ArchivedProgramme>> ArchivedAsync(string physioId, Guid patientId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var rows = await Ownership.Programmes(db, physioId, patientId).AsNoTracking()
            .Where(p => p.ArchivedAt != null)
            .Select(p => new { p.Id, p.Origin, p.CreatedAt, ArchivedAt = p.ArchivedAt!.Value })
            .ToListAsync(ct);
        return [.. rows.OrderByDescending(p => p.ArchivedAt).Select(p => new ArchivedProgramme(p.Id, ClinicMapping.Source(p.Origin), p.CreatedAt, p.ArchivedAt))];
    }

    /// <summary>
    /// Archives (or un-archives) the programme: off the patient's diaries and the clinic list, and
    /// its links answer "not valid" while archived; its diary is kept. False when not this physio's
    /// or already in that state.
    /// </summary>
    public async Task<bool> SetArchivedAsync(string physioId, Guid patientId, Guid programmeId, bool archived, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var now = clock.GetUtcNow();
        var owned = Ownership.Programmes(db, physioId, patientId).Where(p => p.Id == programmeId);
        // The clinic list's revision moves in the same transaction, never before the change.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var changed = archived
            ? await owned.Where(p => p.ArchivedAt == null).ExecuteUpdateAsync(u => u.SetProperty(p => p.ArchivedAt, now), ct) == 1
            : await owned.Where(p => p.ArchivedAt != null).ExecuteUpdateAsync(u => u.SetProperty(p => p.ArchivedAt, (DateTimeOffset?)null), ct) == 1;
        if (changed)
        {
            await DiaryRevisions.BumpPatientAsync(db, patientId, ct);
        }

        await transaction.CommitAsync(ct);
        return changed;
    }

    /// <summary>
    /// Deletes the programme with its diary, reviews and links at once (the database cascades), so
    /// its link answers "not valid". False when not this physio's.
    /// </summary>
    public async Task<bool> DeleteAsync(string physioId, Guid patientId, Guid programmeId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var deleted = await Ownership.Programmes(db, physioId, patientId).Where(p => p.Id == programmeId).ExecuteDeleteAsync(ct) == 1;
        if (deleted)
        {
            await DiaryRevisions.BumpPatientAsync(db, patientId, ct);
        }

        await transaction.CommitAsync(ct);
        return deleted;
    }

    /// <summary>Creates a programme from the standard plan or a runner's saved self-check; null when the patient is not this physio's.</summary>
    public async Task<ProgrammeCreation?> CreateProgrammeAsync(
        string physioId, Guid patientId, ProgrammeStart start, string? savedLink = null, bool doneTogether = false, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        if (!await Ownership.Patients(db, physioId).AnyAsync(p => p.Id == patientId, ct))
        {
            return null;
        }

        if (start == ProgrammeStart.StandardPlan)
        {
            return Created(await SaveAsync(db, patientId, ProgrammeSource.StandardPlan, null, AssessmentEngine.RulesVersion, StandardPlanExerciseIds(), [], ct));
        }

        if (SavedLinkText.TokenFrom(savedLink) is not { } token)
        {
            return new ProgrammeCreation(null, SavedLinkProblem.Malformed);
        }

        if (await savedResults.FindSourceAsync(token, ct) is not { } source)
        {
            return new ProgrammeCreation(null, SavedLinkProblem.NotFound);
        }

        // The stored result's plan as the runner saw it; when it cannot be read or was withheld
        // (urgent), the plan for the stored answers as a clinician reads them.
        var (exerciseIds, heldBack, rulesVersion) = source.Saved.Result is { Plan.Withheld: false } result
            && PlanIds(result).Where(id => catalog.Find(id) is not null).ToList() is { Count: > 0 } stored
            ? (ProgrammeStarts.FirstStages(stored, catalog), ProgrammeStarts.HeldBack(result, catalog), source.Saved.RulesVersion)
            : Concat(PlanFor(source.Saved.Draft), AssessmentEngine.RulesVersion);
        if (exerciseIds.Count == 0)
        {
            return new ProgrammeCreation(null, SavedLinkProblem.NoPlan);
        }

        var origin = doneTogether ? ProgrammeSource.SelfCheckWithPatient : ProgrammeSource.RunnerSavedLink;
        return Created(await SaveAsync(db, patientId, origin, source.Id, rulesVersion, exerciseIds, heldBack, ct));
    }

    /// <summary>
    /// Creates a programme from a self-check the physio filled in with the patient; null when the
    /// patient is not this physio's. The caller shows validation errors first (see SelfCheckService.Validate).
    /// </summary>
    public async Task<ProgrammeCreation?> CreateFromAnswersAsync(string physioId, Guid patientId, AnswerDraft draft, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        if (!await Ownership.Patients(db, physioId).AnyAsync(p => p.Id == patientId, ct))
        {
            return null;
        }

        var (exerciseIds, heldBack) = PlanFor(draft);
        return exerciseIds.Count == 0
            ? new ProgrammeCreation(null, SavedLinkProblem.NoPlan)
            : Created(await SaveAsync(db, patientId, ProgrammeSource.SelfCheckWithPatient, null, AssessmentEngine.RulesVersion, exerciseIds, heldBack, ct));
    }

    /// <summary>
    /// The first stage of each ladder of the engine's plan for default answers (no warning signs,
    /// nothing likely besides piriformis); should that ever be withheld, the first stage of every
    /// category. The diary moves the patient up the ladders from there.
    /// </summary>
    public IReadOnlyList<string> StandardPlanExerciseIds()
    {
        var plan = engine.Evaluate(new Answers()).Plan;
        return plan.Withheld || plan.Categories.Count == 0
            ? [.. catalog.Categories.Select(c => c.Exercises[0].Id)]
            : ProgrammeStarts.FirstStages(PlanIds(plan), catalog);
    }

    private static (IReadOnlyList<string> Ids, IReadOnlyList<string> HeldBack, string RulesVersion) Concat((IReadOnlyList<string> Ids, IReadOnlyList<string> HeldBack) plan, string version) =>
        (plan.Ids, plan.HeldBack, version);

    private static ProgrammeCreation Created(Guid id) => new(id, null);

    private async Task<Guid> SaveAsync(
        AppDbContext db, Guid patientId, ProgrammeSource source, Guid? sourceId, string rulesVersion, IReadOnlyList<string> exerciseIds, IReadOnlyList<string> heldBack, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var programme = new Programme
        {
            Id = Guid.NewGuid(),
            PatientId = patientId,
            Origin = ClinicMapping.Origin(source),
            SourceAssessmentId = sourceId,
            RulesVersion = rulesVersion,
            CreatedAt = now,
            UpdatedAt = now,
            HeldBackJson = System.Text.Json.JsonSerializer.Serialize(heldBack, DiaryJsonContext.Default.IReadOnlyListString),
            Exercises = [.. exerciseIds.Select((id, i) => new ProgrammeExercise
            {
                Id = Guid.NewGuid(),
                ExerciseId = id,
                Position = i,
                Dosage = catalog.Find(id)!.Dosage,
            })],
        };
        db.Programmes.Add(programme);
        await db.SaveChangesAsync(ct);
        return programme.Id;
    }

    private (IReadOnlyList<string> Ids, IReadOnlyList<string> HeldBack) PlanFor(AnswerDraft draft)
    {
        // The physio is a clinician: a plan held back only for an urgent sign is theirs to judge.
        var result = selfCheck.Evaluate(draft, clinicianCleared: true, out _);
        return result is null || result.Plan.Withheld
            ? ([], [])
            : (ProgrammeStarts.FirstStages(PlanIds(result), catalog), ProgrammeStarts.HeldBack(result, catalog));
    }

    private static IEnumerable<string> PlanIds(AssessmentResult result) => PlanIds(result.Plan);

    private static IEnumerable<string> PlanIds(Plan plan) => plan.Categories.SelectMany(c => c.Exercises).Select(e => e.Id);

    private CategoryId CategoryOf(Exercise exercise) =>
        catalog.Categories.First(c => c.Exercises.Any(e => e.Id == exercise.Id)).Id;
}

/// <summary>The token in what a physio pastes as a runner's saved-results link.</summary>
internal static class SavedLinkText
{
    /// <summary>Accepts a full link (…/r/{token}, with or without a query), a path or the bare token.</summary>
    public static string? TokenFrom(string? pasted)
    {
        var text = (pasted ?? string.Empty).Trim();
        var marker = text.LastIndexOf("/r/", StringComparison.Ordinal);
        if (marker >= 0)
        {
            text = text[(marker + 3)..];
        }

        var end = text.IndexOfAny(['?', '#', '/']);
        if (end >= 0)
        {
            text = text[..end];
        }

        return ShareToken.LooksValid(text) ? text : null;
    }
}
