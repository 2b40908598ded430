using PiriformisRehab.Domain.Plans;
using PiriformisRehab.Domain.Recovery;
using PiriformisRehab.Domain.Rules;
using PiriformisRehab.Web.Data.Entities;

namespace PiriformisRehab.Web.Features.Common;

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
        ArgumentNullException.ThrowIfNull(catalog);
        var since = programme.Links.Count > 0 ? programme.Links.Min(l => l.CreatedAt) : programme.CreatedAt;
        var ids = programme.Exercises.Select(e => e.ExerciseId).ToHashSet(StringComparer.Ordinal);
        // An exercise below a category's hardest one that the programme leaves out was left out on
        // purpose (held back for a likely differential, or removed by the physio): a drop back after a
        // flare-up must skip it rather than offer it.
        var skip = catalog.Categories
            .Select(c => (Category: c, Top: c.Exercises.Where(e => ids.Contains(e.Id)).Select(e => e.Stage).DefaultIfEmpty(0).Max()))
            .SelectMany(x => x.Category.Exercises.Where(e => e.Stage < x.Top && !ids.Contains(e.Id)))
            .Select(e => e.Id)
            // And whatever the source result held back for a likely differential, above or below.
            // (unless the physio put it in the programme themselves).
            .Concat((System.Text.Json.JsonSerializer.Deserialize(programme.HeldBackJson, DiaryJsonContext.Default.IReadOnlyListString) ?? []).Where(id => !ids.Contains(id)));
        // Only the physio lifts a programme's pause (spec 5.11 f).
        return RecoveryStart.FromExercises(ids, catalog, DiaryDay.Of(since), skip) with { LiftedBy = PauseLifter.Physio };
    }

    /// <summary>A saved self-check's diary starts from its plan, followed from the day it was saved.</summary>
    public static RecoveryStart ForSaved(AssessmentResult? result, DateTimeOffset savedAt, ExerciseCatalog catalog)
    {
        var since = DiaryDay.Of(savedAt);
        return result is null
            ? new RecoveryStart(new Dictionary<CategoryId, int>(), new HashSet<string>(), since)
            : RecoveryStart.FromResult(result, catalog, since);
    }
}
