namespace PiriformisRehab.Domain.Plans;

/// <summary>The rehab plan, or the reason it is withheld.</summary>
public sealed record Plan(bool Withheld, string? WithheldReason, IReadOnlyList<PlanCategory> Categories)
{
    /// <summary>Why it is withheld (emergency, urgent or under16; the red flag's code wins), or null when shown (spec 5.5).</summary>
    public Rules.PlanWithheldCode? WithheldCode { get; init; }
}

/// <summary>One category of the plan with the exercises to start with.</summary>
/// <param name="Id">Which category.</param>
/// <param name="Title">Its plain title.</param>
/// <param name="Why">Why this category helps.</param>
/// <param name="Caution">A caution for the whole category (neural mobility), or null.</param>
/// <param name="Source">Where <paramref name="Why"/> comes from.</param>
/// <param name="Exercises">The exercises, easiest first.</param>
/// <param name="Note">Which exercises were left out for a likely differential and why, or null.</param>
public sealed record PlanCategory(CategoryId Id, string Title, string Why, string? Caution, string Source, IReadOnlyList<Exercise> Exercises, string? Note = null);
