using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PiriformisRehab.Domain;
using PiriformisRehab.Domain.Plans;
using PiriformisRehab.Domain.Questions;
using PiriformisRehab.Web.Data;
using PiriformisRehab.Web.Data.Entities;
using PiriformisRehab.Web.Features.SavedResults;
using PiriformisRehab.Web.Features.SelfCheck;
using PiriformisRehab.Web.Features.Sharing;

namespace PiriformisRehab.Web.Features.Clinic;

/// <summary>
/// A physio's patients and programmes. Every method takes the signed-in physio's id and filters by
/// it, so another physio's patient or programme is simply not found (the pages answer 404).
/// </summary>
public sealed class ClinicService(
    IDbContextFactory<AppDbContext> contexts,
    ExerciseCatalog catalog,
    AssessmentEngine engine,
    SelfCheckService selfCheck,
    TimeProvider clock)
{
    public const int LabelMaxLength = 80;
    public const int DosageMaxLength = 200;
    public const int NotesMaxLength = 1000;

    public async Task<Guid> AddPatientAsync(string physioId, string label, CancellationToken ct = default)
    {
        label = (label ?? string.Empty).Trim();
        if (label.Length is 0 or > LabelMaxLength)
        {
            throw new ArgumentException($"A label needs 1 to {LabelMaxLength} characters.", nameof(label));
        }

        await using var db = await contexts.CreateDbContextAsync(ct);
        var patient = new Patient { Id = Guid.NewGuid(), PhysioId = physioId, Label = label, CreatedAt = clock.GetUtcNow() };
        db.Patients.Add(patient);
        await db.SaveChangesAsync(ct);
        return patient.Id;
    }

    public async Task<PatientDetail?> PatientAsync(string physioId, Guid patientId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var patient = await db.Patients.AsNoTracking()
            .Include(p => p.Programmes).ThenInclude(p => p.Links)
            .Include(p => p.Programmes).ThenInclude(p => p.Exercises)
            .AsSplitQuery()
            .FirstOrDefaultAsync(p => p.Id == patientId && p.PhysioId == physioId, ct);
        if (patient is null)
        {
            return null;
        }

        var now = clock.GetUtcNow();
        var programmes = patient.Programmes
            .OrderByDescending(p => p.CreatedAt)
            .Select(p => new ProgrammeSummary(p.Id, p.Origin, p.CreatedAt, p.Exercises.Count, LinkStatus.Newest(p.Links, now)))
            .ToList();
        return new PatientDetail(patient.Id, patient.Label, patient.CreatedAt, programmes);
    }

    public async Task<ProgrammeDetail?> ProgrammeAsync(string physioId, Guid patientId, Guid programmeId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var programme = await OwnedProgrammes(db, physioId, patientId)
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
            .Select(x => new ProgrammeItem(x.Row.Id, x.Exercise!, CategoryOf(x.Exercise!), x.Row.Dosage, x.Row.Notes))
            .ToList();
        return new ProgrammeDetail(
            programme.Id, programme.PatientId, programme.Patient!.Label, programme.Origin, programme.RulesVersion,
            programme.CreatedAt, programme.UpdatedAt, items, LinkStatus.Newest(programme.Links, clock.GetUtcNow()));
    }

    /// <summary>Creates a programme from the standard plan or a runner's saved self-check; null when the patient is not this physio's.</summary>
    public async Task<ProgrammeCreation?> CreateProgrammeAsync(
        string physioId, Guid patientId, ProgrammeStart start, string? savedLink = null, bool doneTogether = false, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        if (!await db.Patients.AnyAsync(p => p.Id == patientId && p.PhysioId == physioId, ct))
        {
            return null;
        }

        IReadOnlyList<string> exerciseIds;
        var origin = ProgrammeOrigin.StandardPlan;
        Guid? sourceId = null;
        var rulesVersion = AssessmentEngine.RulesVersion;
        if (start == ProgrammeStart.StandardPlan)
        {
            exerciseIds = StandardPlanExerciseIds();
        }
        else
        {
            var token = SavedLinks.TokenFrom(savedLink);
            if (token is null)
            {
                return new ProgrammeCreation(null, SavedLinkProblem.Malformed);
            }

            var saved = await SavedResultsService.FindRowAsync(db.SavedAssessments.AsNoTracking(), token, ct);
            if (saved is null)
            {
                return new ProgrammeCreation(null, SavedLinkProblem.NotFound);
            }

            var fromSaved = SavedLinks.PlanExerciseIds(saved.ResultJson).Where(id => catalog.Find(id) is not null).ToList();
            if (fromSaved.Count > 0)
            {
                rulesVersion = saved.RulesVersion;
            }
            else
            {
                fromSaved = [.. ReDerive(saved.AnswersJson)];
            }

            if (fromSaved.Count == 0)
            {
                return new ProgrammeCreation(null, SavedLinkProblem.NoPlan);
            }

            exerciseIds = fromSaved;
            origin = doneTogether ? ProgrammeOrigin.SelfCheckWithPatient : ProgrammeOrigin.RunnerSavedLink;
            sourceId = saved.Id;
        }

        return new ProgrammeCreation(await SaveProgrammeAsync(db, patientId, origin, sourceId, rulesVersion, exerciseIds, ct), null);
    }

    /// <summary>
    /// Creates a programme from a self-check the physio filled in with the patient; null when the
    /// patient is not this physio's. The caller shows validation errors first (see SelfCheckService.Validate).
    /// </summary>
    public async Task<ProgrammeCreation?> CreateFromAnswersAsync(string physioId, Guid patientId, AnswerDraft draft, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        if (!await db.Patients.AnyAsync(p => p.Id == patientId && p.PhysioId == physioId, ct))
        {
            return null;
        }

        var exerciseIds = PlanOf(draft).ToList();
        return exerciseIds.Count == 0
            ? new ProgrammeCreation(null, SavedLinkProblem.NoPlan)
            : new ProgrammeCreation(await SaveProgrammeAsync(db, patientId, ProgrammeOrigin.SelfCheckWithPatient, null, AssessmentEngine.RulesVersion, exerciseIds, ct), null);
    }

    private async Task<Guid> SaveProgrammeAsync(
        AppDbContext db, Guid patientId, ProgrammeOrigin origin, Guid? sourceId, string rulesVersion, IReadOnlyList<string> exerciseIds, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var programme = new Programme
        {
            Id = Guid.NewGuid(),
            PatientId = patientId,
            Origin = origin,
            SourceAssessmentId = sourceId,
            RulesVersion = rulesVersion,
            CreatedAt = now,
            UpdatedAt = now,
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

    /// <summary>
    /// The engine's plan for default answers (no warning signs, nothing likely besides piriformis);
    /// should that ever be withheld, the first three stages of every category.
    /// </summary>
    public IReadOnlyList<string> StandardPlanExerciseIds()
    {
        var plan = engine.Evaluate(new Answers()).Plan;
        return plan.Withheld || plan.Categories.Count == 0
            ? [.. catalog.Categories.SelectMany(c => c.Exercises.Where(e => e.Stage <= 3)).Select(e => e.Id)]
            : [.. plan.Categories.SelectMany(c => c.Exercises).Select(e => e.Id)];
    }

    public async Task<bool> AddExerciseAsync(string physioId, Guid patientId, Guid programmeId, string exerciseId, CancellationToken ct = default)
    {
        var exercise = catalog.Find(exerciseId ?? string.Empty);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var programme = await OwnedProgrammes(db, physioId, patientId).Include(p => p.Exercises).FirstOrDefaultAsync(p => p.Id == programmeId, ct);
        if (programme is null)
        {
            return false;
        }

        if (exercise is not null)
        {
            var position = programme.Exercises.Count == 0 ? 0 : programme.Exercises.Max(e => e.Position) + 1;
            db.ProgrammeExercises.Add(new ProgrammeExercise { Id = Guid.NewGuid(), ProgrammeId = programme.Id, ExerciseId = exercise.Id, Position = position, Dosage = exercise.Dosage });
            programme.UpdatedAt = clock.GetUtcNow();
            await db.SaveChangesAsync(ct);
        }

        return true;
    }

    public async Task<bool> RemoveExerciseAsync(string physioId, Guid patientId, Guid programmeId, Guid itemId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var programme = await OwnedProgrammes(db, physioId, patientId).Include(p => p.Exercises).FirstOrDefaultAsync(p => p.Id == programmeId, ct);
        var item = programme?.Exercises.FirstOrDefault(e => e.Id == itemId);
        if (programme is null || item is null)
        {
            return false;
        }

        db.ProgrammeExercises.Remove(item);
        programme.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>Sets the physio's dosage and notes for one exercise; the caller validates lengths first.</summary>
    public async Task<bool> UpdateExerciseAsync(string physioId, Guid patientId, Guid programmeId, Guid itemId, string dosage, string? notes, CancellationToken ct = default)
    {
        dosage = (dosage ?? string.Empty).Trim();
        notes = string.IsNullOrWhiteSpace(notes) ? null : notes.Trim();
        if (dosage.Length is 0 or > DosageMaxLength || notes?.Length > NotesMaxLength)
        {
            throw new ArgumentException("Dosage needs 1-200 characters and notes at most 1000.", nameof(dosage));
        }

        await using var db = await contexts.CreateDbContextAsync(ct);
        var programme = await OwnedProgrammes(db, physioId, patientId).Include(p => p.Exercises).FirstOrDefaultAsync(p => p.Id == programmeId, ct);
        var item = programme?.Exercises.FirstOrDefault(e => e.Id == itemId);
        if (programme is null || item is null)
        {
            return false;
        }

        item.Dosage = dosage;
        item.Notes = notes;
        programme.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>The programmes of one of this physio's patients: the single place ownership is decided.</summary>
    internal static IQueryable<Programme> OwnedProgrammes(AppDbContext db, string physioId, Guid patientId) =>
        db.Programmes.Where(p => p.PatientId == patientId && p.Patient!.PhysioId == physioId);

    private IEnumerable<string> ReDerive(string answersJson) => PlanOf(SavedLinks.DraftFrom(answersJson));

    private IEnumerable<string> PlanOf(AnswerDraft draft)
    {
        // The physio is a clinician: a plan held back only for an urgent sign is theirs to judge.
        var result = selfCheck.Evaluate(draft, clinicianCleared: true, out _);
        return result is null || result.Plan.Withheld ? [] : result.Plan.Categories.SelectMany(c => c.Exercises).Select(e => e.Id);
    }

    private CategoryId CategoryOf(Exercise exercise) =>
        catalog.Categories.First(c => c.Exercises.Any(e => e.Id == exercise.Id)).Id;
}

/// <summary>Reading a runner's saved self-check: the token from a pasted link, the plan from its stored JSON.</summary>
internal static class SavedLinks
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

    /// <summary>The exercise ids of plan.categories[].exercises[] in a stored result; empty when withheld or unreadable.</summary>
    public static IReadOnlyList<string> PlanExerciseIds(string resultJson)
    {
        try
        {
            using var doc = JsonDocument.Parse(resultJson);
            if (doc.RootElement.ValueKind != JsonValueKind.Object || !TryGet(doc.RootElement, "plan", out var plan) || plan.ValueKind != JsonValueKind.Object)
            {
                return [];
            }

            if (TryGet(plan, "withheld", out var withheld) && withheld.ValueKind == JsonValueKind.True)
            {
                return [];
            }

            if (!TryGet(plan, "categories", out var categories) || categories.ValueKind != JsonValueKind.Array)
            {
                return [];
            }

            var ids = new List<string>();
            foreach (var category in categories.EnumerateArray())
            {
                if (category.ValueKind == JsonValueKind.Object && TryGet(category, "exercises", out var exercises) && exercises.ValueKind == JsonValueKind.Array)
                {
                    foreach (var exercise in exercises.EnumerateArray())
                    {
                        var id = exercise.ValueKind switch
                        {
                            JsonValueKind.String => exercise.GetString(),
                            JsonValueKind.Object when TryGet(exercise, "id", out var value) && value.ValueKind == JsonValueKind.String => value.GetString(),
                            _ => null,
                        };
                        if (!string.IsNullOrEmpty(id))
                        {
                            ids.Add(id);
                        }
                    }
                }
            }

            return ids;
        }
        catch (JsonException)
        {
            return [];
        }
    }

    /// <summary>Stored answers as the wizard's draft ({"answers": {...}}) or a flat question-to-answer object.</summary>
    public static AnswerDraft DraftFrom(string answersJson)
    {
        var draft = AnswerDraft.FromJson(answersJson);
        if (draft.Values.Count > 0)
        {
            return draft;
        }

        try
        {
            using var doc = JsonDocument.Parse(answersJson);
            var root = doc.RootElement;
            if (root.ValueKind == JsonValueKind.Object && TryGet(root, "answers", out var inner) && inner.ValueKind == JsonValueKind.Object)
            {
                root = inner;
            }

            if (root.ValueKind == JsonValueKind.Object)
            {
                foreach (var property in root.EnumerateObject())
                {
                    draft.Set(property.Name, property.Value.ValueKind switch
                    {
                        JsonValueKind.True => "true",
                        JsonValueKind.False => "false",
                        JsonValueKind.Number => property.Value.GetRawText(),
                        JsonValueKind.String => property.Value.GetString(),
                        _ => null,
                    });
                }
            }
        }
        catch (JsonException)
        {
            // Unreadable answers give an empty draft, which yields no plan.
        }

        return draft;
    }

    private static bool TryGet(JsonElement element, string name, out JsonElement value)
    {
        foreach (var property in element.EnumerateObject())
        {
            if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                value = property.Value;
                return true;
            }
        }

        value = default;
        return false;
    }
}
