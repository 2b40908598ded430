using PiriformisRehab.Domain.Rules;

namespace PiriformisRehab.Domain.Plans;

/// <summary>
/// Where a physio's programme starts: the first stage of each ladder the plan uses, not every
/// stage the plan shows (the ladders move the patient on from there, docs/clinical-basis.md), and
/// the exercises a result held back, which the ladders must never offer.
/// </summary>
public static class ProgrammeStarts
{
    /// <summary>For each category, in plan order, the lowest-stage exercise among <paramref name="planIds"/>.</summary>
    public static IReadOnlyList<string> FirstStages(IEnumerable<string> planIds, ExerciseCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(planIds);
        ArgumentNullException.ThrowIfNull(catalog);
        var ids = planIds.ToHashSet(StringComparer.Ordinal);
        return [.. catalog.Categories
            .Select(c => c.Exercises.Where(e => ids.Contains(e.Id)).OrderBy(e => e.Stage).FirstOrDefault())
            .OfType<Exercise>()
            .Select(e => e.Id)];
    }

    /// <summary>Every catalogue exercise a result holds back for a likely differential.</summary>
    public static IReadOnlyList<string> HeldBack(AssessmentResult result, ExerciseCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(catalog);
        var likely = PlanBuilder.LikelyMask(result.Differentials);
        return [.. catalog.Categories.SelectMany(c => c.Exercises).Where(e => PlanBuilder.IsHeldBack(e, likely)).Select(e => e.Id)];
    }
}
