using Microsoft.EntityFrameworkCore;
using PiriformisRehab.Domain.Plans;
using PiriformisRehab.Web.Data;
using PiriformisRehab.Web.Data.Entities;
using PiriformisRehab.Web.Features.Common;

namespace PiriformisRehab.Web.Features.Clinic;

/// <summary>What the programme editor's one save did.</summary>
public enum ProgrammeSaveOutcome
{
    Saved,

    /// <summary>A dose or note was out of bounds (see <see cref="DoseForm"/>); nothing changed.</summary>
    Invalid,

    /// <summary>Not this physio's programme.</summary>
    NotFound,
}

/// <summary>A "Move up" or "Move down" pressed with the save.</summary>
public sealed record ProgrammeMove(Guid ItemId, bool Up)
{
    /// <summary>Reads the button's value, "{item id}:up" or "{item id}:down"; null for anything else.</summary>
    public static ProgrammeMove? Parse(string? value) =>
        value?.Split(':') is [var id, var direction and ("up" or "down")] && Guid.TryParse(id, out var itemId)
            ? new ProgrammeMove(itemId, direction == "up")
            : null;

    public string Value => $"{ItemId}:{(Up ? "up" : "down")}";
}

/// <summary>The outcome of the one save: the item to put focus on, or the errors by item and field.</summary>
public sealed record ProgrammeSave(ProgrammeSaveOutcome Outcome, Guid? Focus, IReadOnlyDictionary<Guid, IReadOnlyDictionary<DoseField, string>> Errors)
{
    public static readonly ProgrammeSave NotFound = new(ProgrammeSaveOutcome.NotFound, null, new Dictionary<Guid, IReadOnlyDictionary<DoseField, string>>());
}

/// <summary>The physio's changes to a programme's exercises: add from the catalogue, the editor's one save (doses, notes, order), remove.</summary>
public sealed class ProgrammeExerciseService(IDbContextFactory<AppDbContext> contexts, ExerciseCatalog catalog, TimeProvider clock)
{
    /// <summary>Adds a catalogue exercise at the end (an unknown id adds nothing); false when the programme is not this physio's.</summary>
    public async Task<bool> AddExerciseAsync(string physioId, Guid patientId, Guid programmeId, string? exerciseId, CancellationToken ct = default)
    {
        var exercise = catalog.Find(exerciseId ?? string.Empty);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var programme = await OwnedAsync(db, physioId, patientId, programmeId, ct);
        if (programme is null)
        {
            return false;
        }

        if (exercise is not null)
        {
            var position = programme.Exercises.Count == 0 ? 0 : programme.Exercises.Max(e => e.Position) + 1;
            db.ProgrammeExercises.Add(new ProgrammeExercise { Id = Guid.NewGuid(), ProgrammeId = programme.Id, ExerciseId = exercise.Id, Position = position, Dosage = exercise.Dosage, AddedByPhysio = true });
            programme.UpdatedAt = clock.GetUtcNow();
            await db.SaveChangesAsync(ct);
        }

        return true;
    }

    public async Task<bool> RemoveExerciseAsync(string physioId, Guid patientId, Guid programmeId, Guid itemId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var programme = await OwnedAsync(db, physioId, patientId, programmeId, ct);
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

    /// <summary>
    /// The editor's one save: every exercise's dose and note, then the move pressed (if any), in
    /// one transaction. When any field is out of bounds nothing is stored and the errors come back
    /// by item and field. An item no longer in the programme (removed in another tab) is ignored.
    /// Ownership is checked first, so an invalid post to someone else's programme is still not found.
    /// </summary>
    public async Task<ProgrammeSave> SaveAsync(
        string physioId, Guid patientId, Guid programmeId, IReadOnlyDictionary<Guid, DoseInput> inputs, ProgrammeMove? move, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var programme = await OwnedAsync(db, physioId, patientId, programmeId, ct);
        if (programme is null)
        {
            return ProgrammeSave.NotFound;
        }

        var items = programme.Exercises.OrderBy(e => e.Position).ToList();
        var errors = new Dictionary<Guid, IReadOnlyDictionary<DoseField, string>>();
        var edits = new List<(ProgrammeExercise Row, string Dosage, string? Json, string? Notes)>();
        foreach (var row in items)
        {
            if (!inputs.TryGetValue(row.Id, out var input) || catalog.Find(row.ExerciseId) is not { } exercise)
            {
                continue;
            }

            var read = DoseForm.Read(input, exercise);
            if (read.Dose is not { } dose)
            {
                errors[row.Id] = read.Errors;
                continue;
            }

            // The seed's own note on how to do it stays with the physio's numbers.
            var dosage = DoseText.WithNote(dose, exercise.DoseNote);
            edits.Add((row, dosage, dose == exercise.Dose ? null : ProgrammeDoses.Write(dose), read.Notes));
        }

        if (errors.Count > 0)
        {
            return new ProgrammeSave(ProgrammeSaveOutcome.Invalid, null, errors);
        }

        Guid? focus = null;
        foreach (var (row, dosage, json, notes) in edits.Where(e => e.Row.Dosage != e.Dosage || e.Row.DoseJson != e.Json || e.Row.Notes != e.Notes))
        {
            (row.Dosage, row.DoseJson, row.Notes) = (dosage, json, notes);
            focus ??= row.Id;
        }

        if (move is not null && items.FindIndex(e => e.Id == move.ItemId) is var index and >= 0)
        {
            var other = move.Up ? index - 1 : index + 1;
            if (other >= 0 && other < items.Count)
            {
                (items[index], items[other]) = (items[other], items[index]);
            }

            focus = move.ItemId;
        }

        for (var i = 0; i < items.Count; i++)
        {
            items[i].Position = i;
        }

        if (db.ChangeTracker.HasChanges())
        {
            programme.UpdatedAt = clock.GetUtcNow();
            await db.SaveChangesAsync(ct);
        }

        return new ProgrammeSave(ProgrammeSaveOutcome.Saved, focus, errors);
    }

    private static Task<Programme?> OwnedAsync(AppDbContext db, string physioId, Guid patientId, Guid programmeId, CancellationToken ct) =>
        Ownership.Programmes(db, physioId, patientId).Include(p => p.Exercises).FirstOrDefaultAsync(p => p.Id == programmeId, ct);
}
