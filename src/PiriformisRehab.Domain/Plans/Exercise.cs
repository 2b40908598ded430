namespace PiriformisRehab.Domain.Plans;

/// <summary>The four rehab categories, in the order a plan lists them.</summary>
public enum CategoryId
{
    /// <summary>Foam roller and ball release.</summary>
    SoftTissue,
    /// <summary>Hip mobility and piriformis stretches.</summary>
    HipMobility,
    /// <summary>Glute activation and hip stability.</summary>
    GluteActivation,
    /// <summary>Sciatic nerve sliders and tensioners.</summary>
    NeuralMobility,
}

/// <summary>One exercise from seeds/exercises.json.</summary>
/// <param name="Id">Stable id.</param>
/// <param name="Name">Plain name.</param>
/// <param name="Stage">Position on its category's progression ladder, from 1.</param>
/// <param name="Steps">How to do it, in order.</param>
/// <param name="Dosage">How much and how often, as every page words it (<see cref="DoseText.WithNote"/> of <see cref="Dose"/>).</param>
/// <param name="Cautions">When to ease off or stop.</param>
/// <param name="Progression">How to make it harder.</param>
/// <param name="Regression">How to make it easier.</param>
/// <param name="Reason">Why it helps.</param>
/// <param name="Source">Where that reason comes from.</param>
/// <param name="AvoidWhenLikely">Differentials that, when likely, keep this exercise out of the starting plan.</param>
public sealed record Exercise(
    string Id,
    string Name,
    int Stage,
    IReadOnlyList<string> Steps,
    string Dosage,
    IReadOnlyList<string> Cautions,
    string Progression,
    string Regression,
    string Reason,
    string Source,
    IReadOnlyList<Rules.DifferentialId> AvoidWhenLikely)
{
    /// <summary>The structured dose: sets, repetitions or hold seconds, and how often.</summary>
    public required Dose Dose { get; init; }

    /// <summary>The seed's note on how to do the dose ("Keep the pressure moderate."), kept when a physio changes the numbers.</summary>
    public string? DoseNote { get; init; }
}

/// <summary>A rehab category with its exercises in progression order.</summary>
public sealed record ExerciseCategory(CategoryId Id, string Title, string Why, string Source, IReadOnlyList<Exercise> Exercises);
