using PiriformisRehab.Domain.Rules;

namespace PiriformisRehab.Domain.Plans;

/// <summary>
/// Builds the starting plan: the four categories in contract order, each with the first stages
/// of its ladder. Calmer symptoms start further up the ladder; nerve tensioners never start
/// before sliders; neural mobility is left out when symptoms are severe.
/// </summary>
public sealed class PlanBuilder
{
    /// <summary>How many ladder stages a starting plan shows, by irritability (high, moderate, low).</summary>
    public static int StartingStages(Irritability irritability) => irritability switch
    {
        Irritability.High => 2,
        Irritability.Moderate => 3,
        _ => 4,
    };

    /// <summary>Neural mobility starts with sliders only (stages 1-2); tensioners come after.</summary>
    public const int NeuralStartingStages = 2;

    /// <summary>The caution shown on the neural mobility category whenever it is included.</summary>
    public const string NeuralCaution =
        "Be gentle: move only to light tension, never into pins and needles, numbness or pain down the leg. If these exercises stir up your symptoms, leave them out for a week and try again.";

    private const string EmergencyWithheld =
        "Your answers include a warning sign that needs emergency care. Exercises could delay that care, so the plan is not shown.";

    private const string UrgentWithheld =
        "Your answers include a warning sign that a doctor should check within 24-48 hours. Once a clinician has cleared you to exercise, you can show the plan.";

    private readonly ExerciseCatalog _catalog;
    private readonly PlanCategory[][] _byStages;

    /// <summary>Creates a builder over <paramref name="catalog"/>; plans are precomputed, so building one allocates nothing.</summary>
    public PlanBuilder(ExerciseCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        _catalog = catalog;
        // Index: irritability x include-neural. Plans are immutable and shared between results.
        _byStages = [.. Enum.GetValues<Irritability>().SelectMany(i => new[] { Build(i, false), Build(i, true) })];
    }

    /// <summary>The plan for a triage level, severity and irritability.</summary>
    public Plan For(Triage triage, Severity severity, Irritability irritability, bool clinicianCleared)
    {
        if (triage == Triage.Emergency)
        {
            return new Plan(true, EmergencyWithheld, []);
        }

        if (triage == Triage.Urgent && !clinicianCleared)
        {
            return new Plan(true, UrgentWithheld, []);
        }

        var includeNeural = severity != Severity.Severe;
        return new Plan(false, null, _byStages[((int)irritability * 2) + (includeNeural ? 1 : 0)]);
    }

    private PlanCategory[] Build(Irritability irritability, bool includeNeural)
    {
        var stages = StartingStages(irritability);
        return
        [
            .. _catalog.Categories
                .Where(c => includeNeural || c.Id != CategoryId.NeuralMobility)
                .Select(c =>
                {
                    var limit = c.Id == CategoryId.NeuralMobility ? Math.Min(stages, NeuralStartingStages) : stages;
                    var caution = c.Id == CategoryId.NeuralMobility ? NeuralCaution : null;
                    return new PlanCategory(c.Id, c.Title, c.Why, caution, c.Source, [.. c.Exercises.Where(e => e.Stage <= limit)]);
                }),
        ];
    }
}
