using Microsoft.EntityFrameworkCore;
using PiriformisRehab.Domain.Plans;
using PiriformisRehab.Web.Data;
using PiriformisRehab.Web.Data.Entities;
using PiriformisRehab.Web.Features.Common;

namespace PiriformisRehab.Web.Features.Clinic;

/// <summary>The outcome of a change to a programme's exercise.</summary>
public enum ExerciseEdit
{
    Saved,

    /// <summary>The dose or notes were out of bounds (<see cref="ClinicLimits"/>); nothing changed.</summary>
    Invalid,

    /// <summary>Not this physio's programme or item.</summary>
    NotFound,
}

/// <summary>The physio's changes to a programme's exercises: add from the catalogue, dose and notes, remove.</summary>
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
    /// Sets the physio's dose and notes for one exercise. Ownership is checked first, so an invalid
    /// post to someone else's programme is still not found.
    /// </summary>
    public async Task<ExerciseEdit> UpdateExerciseAsync(string physioId, Guid patientId, Guid programmeId, Guid itemId, string? dosage, string? notes, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var programme = await OwnedAsync(db, physioId, patientId, programmeId, ct);
        if (programme is null)
        {
            return ExerciseEdit.NotFound;
        }

        if (ClinicLimits.Edit(dosage, notes) is not { } edit)
        {
            return ExerciseEdit.Invalid;
        }

        var item = programme.Exercises.FirstOrDefault(e => e.Id == itemId);
        if (item is null)
        {
            return ExerciseEdit.NotFound;
        }

        (item.Dosage, item.Notes) = edit;
        programme.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return ExerciseEdit.Saved;
    }

    private static Task<Programme?> OwnedAsync(AppDbContext db, string physioId, Guid patientId, Guid programmeId, CancellationToken ct) =>
        Ownership.Programmes(db, physioId, patientId).Include(p => p.Exercises).FirstOrDefaultAsync(p => p.Id == programmeId, ct);
}
