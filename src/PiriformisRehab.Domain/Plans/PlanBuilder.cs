using PiriformisRehab.Domain.Rules;

namespace PiriformisRehab.Domain.Plans;

/// <summary>
/// Builds the starting plan: the four categories in contract order, each with the first stages
/// of its ladder. Calmer symptoms start further up the ladder; nerve tensioners never start
/// before sliders; neural mobility is left out when symptoms are severe; and an exercise that
/// loads the structure of a likely differential (for example a figure-4 stretch with likely
/// gluteal tendinopathy) waits until a clinician has looked.
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
        "Your answers include a warning sign that a doctor should check first. Once a doctor has examined you and said you can exercise, you can show the plan.";

    private const string Under16Withheld =
        "You are under 16, so see a GP or sports-medicine doctor before starting these exercises: at your age, pain here can come from a growth-plate injury, a stress fracture in the lower back or an infection. Once a doctor has examined you and said you can exercise, you can show the plan.";

    /// <summary>What the runner confirms to reveal a withheld urgent or under-16 plan (spec 5.10): it names a doctor.</summary>
    public const string ClearanceStatement = "A doctor has examined me and said I can exercise.";

    /// <summary>Why exercises are held back when a differential is likely (Grimaldi 2015; Griffin 2016; Cacchio 2012).</summary>
    public static string AvoidReason(DifferentialId differential) => differential switch
    {
        DifferentialId.GluteTendinopathy => "your answers point to gluteal tendinopathy, and crossing the leg or lying on the sore side squeezes the tendon",
        DifferentialId.HipJoint => "your answers point to a hip joint problem, and deep bending with the knee across the body can pinch the joint",
        DifferentialId.ProximalHamstring => "your answers point to the hamstring tendon, and stretching with the hip bent presses on it",
        _ => "your answers point to another problem",
    };

    private static readonly int DifferentialCount = Enum.GetValues<DifferentialId>().Length;

    private readonly ExerciseCatalog _catalog;
    private readonly PlanCategory[]?[] _cache;

    /// <summary>Creates a builder over <paramref name="catalog"/>; each distinct plan is built once and shared.</summary>
    public PlanBuilder(ExerciseCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        _catalog = catalog;
        // irritability (3) x neural included (2) x set of likely differentials (2^7): built lazily.
        _cache = new PlanCategory[]?[Enum.GetValues<Irritability>().Length * 2 << DifferentialCount];
    }

    private static readonly Plan EmergencyPlan = new(true, EmergencyWithheld, []) { WithheldCode = PlanWithheldCode.Emergency };
    private static readonly Plan UrgentPlan = new(true, UrgentWithheld, []) { WithheldCode = PlanWithheldCode.Urgent };
    private static readonly Plan Under16Plan = new(true, Under16Withheld, []) { WithheldCode = PlanWithheldCode.Under16 };

    /// <summary>
    /// The plan for a triage level, severity, irritability and the differentials found.
    /// <paramref name="under16"/>: with no red flag, an under-16's plan waits for a doctor (spec 5.5).
    /// </summary>
    public Plan For(Triage triage, Severity severity, Irritability irritability, IReadOnlyList<Differential> differentials, bool clinicianCleared, bool under16 = false)
    {
        ArgumentNullException.ThrowIfNull(differentials);
        // An emergency plan is never revealed; the red flag's code wins over age.
        if (triage == Triage.Emergency)
        {
            return EmergencyPlan;
        }

        if (triage == Triage.Urgent && !clinicianCleared)
        {
            return UrgentPlan;
        }

        if (triage != Triage.Urgent && under16 && !clinicianCleared)
        {
            return Under16Plan;
        }

        var likely = LikelyMask(differentials);
        var includeNeural = severity != Severity.Severe;
        var key = ((((int)irritability * 2) + (includeNeural ? 1 : 0)) << DifferentialCount) | likely;
        // Plans are immutable, so a race only builds the same array twice.
        var categories = _cache[key] ??= Build(irritability, includeNeural, likely);
        return new Plan(false, null, categories);
    }

    private PlanCategory[] Build(Irritability irritability, bool includeNeural, int likely)
    {
        var stages = StartingStages(irritability);
        return
        [
            .. _catalog.Categories
                .Where(c => includeNeural || c.Id != CategoryId.NeuralMobility)
                .Select(c => Category(c, c.Id == CategoryId.NeuralMobility ? Math.Min(stages, NeuralStartingStages) : stages, likely)),
        ];
    }

    private static PlanCategory Category(ExerciseCategory category, int stages, int likely)
    {
        var eligible = category.Exercises.Where(e => e.Stage <= stages).ToList();
        var heldBack = eligible.Where(e => IsHeldBack(e, likely)).ToList();
        var caution = category.Id == CategoryId.NeuralMobility ? NeuralCaution : null;
        string? note = null;
        if (heldBack.Count > 0)
        {
            var reasons = heldBack.SelectMany(e => e.AvoidWhenLikely).Where(d => (likely & (1 << (int)d)) != 0).Distinct().Select(AvoidReason);
            note = $"Left out for now: {string.Join(", ", heldBack.Select(e => e.Name))}. This is because {string.Join("; and ", reasons)}. Ask a physio when to add them.";
        }

        return new PlanCategory(category.Id, category.Title, category.Why, caution, category.Source, [.. eligible.Except(heldBack)], note);
    }

    /// <summary>The likely differentials as a bit mask (bit = <see cref="DifferentialId"/>), the key the plans are cached by.</summary>
    internal static int LikelyMask(IReadOnlyList<Differential> differentials)
    {
        var likely = 0;
        foreach (var d in differentials)
        {
            if (d.Strength == Strength.Likely)
            {
                likely |= 1 << (int)d.Id;
            }
        }

        return likely;
    }

    /// <summary>True when a likely differential holds the exercise back (the one rule for the plan and the diary's ladders).</summary>
    internal static bool IsHeldBack(Exercise exercise, int likelyMask) =>
        exercise.AvoidWhenLikely.Any(d => (likelyMask & (1 << (int)d)) != 0);
}
