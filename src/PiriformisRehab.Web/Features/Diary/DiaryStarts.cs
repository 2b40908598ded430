using PiriformisRehab.Domain.Plans;
using PiriformisRehab.Domain.Recovery;
using PiriformisRehab.Domain.Rules;
using PiriformisRehab.Web.Data.Entities;

namespace PiriformisRehab.Web.Features.Diary;

/// <summary>Where each kind of diary starts from: the physio's programme or the runner's saved plan.</summary>
public static class DiaryStarts
{
    /// <summary>
    /// A programme's ladders start at its exercises' highest stage per category; the diary is
    /// followed from the first patient link (or the programme's creation when none was issued).
    /// Pass the programme with its exercises and links loaded.
    /// </summary>
    public static RecoveryStart ForProgramme(Programme programme, ExerciseCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(programme);
        var since = programme.Links.Count > 0 ? programme.Links.Min(l => l.CreatedAt) : programme.CreatedAt;
        return RecoveryStart.FromExercises(programme.Exercises.Select(e => e.ExerciseId), catalog, DateOnly.FromDateTime(since.UtcDateTime));
    }

    /// <summary>A saved self-check's diary starts from its plan, followed from the day it was saved.</summary>
    public static RecoveryStart ForSaved(AssessmentResult? result, DateTimeOffset savedAt, ExerciseCatalog catalog)
    {
        var since = DateOnly.FromDateTime(savedAt.UtcDateTime);
        return result is null
            ? new RecoveryStart(new Dictionary<CategoryId, int>(), new HashSet<string>(), since)
            : RecoveryStart.FromResult(result, catalog, since);
    }
}
