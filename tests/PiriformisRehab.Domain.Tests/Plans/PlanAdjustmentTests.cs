using PiriformisRehab.Domain.Plans;
using PiriformisRehab.Domain.Questions;
using PiriformisRehab.Domain.Rules;

namespace PiriformisRehab.Domain.Tests.Plans;

/// <summary>
/// A likely differential holds back the exercises that load its structure (docs/clinical-basis.md,
/// plan adjustments): compressive hip adduction for gluteal tendinopathy, flexion with adduction
/// for the hip joint, hip-flexed hamstring tension for the hamstring tendon.
/// </summary>
public sealed class PlanAdjustmentTests
{
    // Low irritability so the starting plan reaches stage 4 and every candidate exercise is eligible.
    private static readonly Answers Calm = new() { PainNow = 1, PainWorst = 2, SettleTime = SettleTime.Minutes };

    public static TheoryData<string, string[]> HeldBack => new()
    {
        { QuestionIds.OuterHipPain, ["supineFigure4Stretch", "kneeToOppositeShoulder", "seatedFigure4Lean", "sideLyingHipAbduction"] },
        { QuestionIds.GroinPainDeepFlexion, ["kneeToOppositeShoulder", "hip9090Switch"] },
        { QuestionIds.SittingBonePain, ["supineSciaticSlider"] },
    };

    private static AssessmentResult Evaluate(Answers answers) => AssessmentEngine.Default.Evaluate(answers);

    private static Answers With(string questionId) => questionId switch
    {
        QuestionIds.OuterHipPain => Calm with { OuterHipPain = true },
        QuestionIds.GroinPainDeepFlexion => Calm with { GroinPainDeepFlexion = true },
        QuestionIds.SittingBonePain => Calm with { SittingBonePain = true },
        _ => throw new ArgumentOutOfRangeException(nameof(questionId)),
    };

    private static IEnumerable<string> ExerciseIds(AssessmentResult result) =>
        result.Plan.Categories.SelectMany(c => c.Exercises).Select(e => e.Id);

    [Theory]
    [MemberData(nameof(HeldBack))]
    public void LikelyDifferentialHoldsBackTheExercisesThatLoadIt(string questionId, string[] heldBack)
    {
        var result = Evaluate(With(questionId));

        Assert.Contains(result.Differentials, d => d.Strength == Strength.Likely);
        Assert.Empty(ExerciseIds(result).Intersect(heldBack));
    }

    [Theory]
    [MemberData(nameof(HeldBack))]
    public void HeldBackExercisesAreNamedWithTheReason(string questionId, string[] heldBack)
    {
        var result = Evaluate(With(questionId));

        var notes = string.Join(' ', result.Plan.Categories.Select(c => c.Note).OfType<string>());
        var names = heldBack.Select(id => ExerciseCatalog.Default.Find(id)!.Name);
        Assert.All(names, name => Assert.Contains(name, notes, StringComparison.Ordinal));
        Assert.Contains("your answers point to", notes, StringComparison.Ordinal);
    }

    [Fact]
    public void PossibleDifferentialKeepsTheFullPlan()
    {
        // Outer hip pain with the piriformis picture is only "possible" gluteal tendinopathy.
        var answers = Calm with { OuterHipPain = true, ButtockPain = true, SciaticNotchTenderness = true };

        var result = Evaluate(answers);

        Assert.Equal(Strength.Possible, Assert.Single(result.Differentials).Strength);
        Assert.Contains("supineFigure4Stretch", ExerciseIds(result));
        Assert.All(result.Plan.Categories, c => Assert.Null(c.Note));
    }

    [Fact]
    public void EveryCategoryStaysInThePlanWhenExercisesAreHeldBack()
    {
        var result = Evaluate(Calm with { OuterHipPain = true, GroinPainDeepFlexion = true });

        Assert.Equal(
            [CategoryId.SoftTissue, CategoryId.HipMobility, CategoryId.GluteActivation, CategoryId.NeuralMobility],
            result.Plan.Categories.Select(c => c.Id));
    }
}
