using PiriformisRehab.Domain.Plans;
using PiriformisRehab.Domain.Rules;
using Q = PiriformisRehab.Domain.Questions.QuestionIds;
using PiriformisRehab.Domain.Tests.Infrastructure;

namespace PiriformisRehab.Domain.Tests.Plans;

/// <summary>The rehab plan (spec section 3, plan): categories, withholding, and the starting ladder.</summary>
public sealed class PlanTests
{
    private static readonly PlanBuilder Builder = new(ExerciseCatalog.Default);

    private static Plan SelfCarePlan(Severity severity, Irritability irritability) =>
        Builder.For(Triage.SelfCare, severity, irritability, [], clinicianCleared: false);

    [Theory]
    [InlineData(Severity.Mild)]
    [InlineData(Severity.Moderate)]
    public void CategoriesComeInContractOrder(Severity severity)
    {
        var plan = SelfCarePlan(severity, Irritability.Moderate);

        Assert.Equal(
            [CategoryId.SoftTissue, CategoryId.HipMobility, CategoryId.GluteActivation, CategoryId.NeuralMobility],
            plan.Categories.Select(c => c.Id));
    }

    // Nerve glides can stir up a severe picture, so they wait until it has settled.
    [Theory]
    [InlineData(Irritability.High)]
    [InlineData(Irritability.Low)]
    public void NeuralMobilityIsLeftOutWhenSevere(Irritability irritability)
    {
        var plan = SelfCarePlan(Severity.Severe, irritability);

        Assert.Equal([CategoryId.SoftTissue, CategoryId.HipMobility, CategoryId.GluteActivation], plan.Categories.Select(c => c.Id));
    }

    [Theory]
    [InlineData(Severity.Mild, Irritability.Low)]
    [InlineData(Severity.Moderate, Irritability.Moderate)]
    [InlineData(Severity.Moderate, Irritability.High)]
    public void NeuralMobilityCarriesTheGentlenessCaution(Severity severity, Irritability irritability)
    {
        var neural = Assert.Single(SelfCarePlan(severity, irritability).Categories, c => c.Id == CategoryId.NeuralMobility);

        Assert.Equal(PlanBuilder.NeuralCaution, neural.Caution);
        Assert.Contains("gentle", neural.Caution, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void OnlyNeuralMobilityCarriesACategoryCaution()
    {
        var plan = SelfCarePlan(Severity.Moderate, Irritability.Moderate);

        Assert.All(plan.Categories.Where(c => c.Id != CategoryId.NeuralMobility), c => Assert.Null(c.Caution));
    }

    // Exercises could delay emergency care: no confirmation reveals the plan.
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void EmergencyWithholdsThePlanEvenWhenCleared(bool clinicianCleared)
    {
        var result = AssessmentEngine.Default.Evaluate(Answered.Yes(Q.SaddleNumbness), clinicianCleared);

        Assert.Equal(Triage.Emergency, result.Triage);
        Assert.True(result.Plan.Withheld);
        Assert.Contains("emergency", result.Plan.WithheldReason, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(result.Plan.Categories);
    }

    [Fact]
    public void UrgentWithholdsThePlanUntilCleared()
    {
        var result = AssessmentEngine.Default.Evaluate(Answered.Yes(Q.NightPainUnrelenting));

        Assert.Equal(Triage.Urgent, result.Triage);
        Assert.True(result.Plan.Withheld);
        Assert.Contains("24-48 hours", result.Plan.WithheldReason, StringComparison.Ordinal);
        Assert.Empty(result.Plan.Categories);
    }

    // The runner confirms a clinician has cleared them: the urgent result may then show the plan.
    [Fact]
    public void UrgentShowsThePlanOnceCleared()
    {
        var result = AssessmentEngine.Default.Evaluate(Answered.Yes(Q.NightPainUnrelenting), clinicianCleared: true);

        Assert.Equal(Triage.Urgent, result.Triage);
        Assert.False(result.Plan.Withheld);
        Assert.Null(result.Plan.WithheldReason);
        Assert.Equal(4, result.Plan.Categories.Count);
    }

    [Theory]
    [InlineData(Triage.Routine, false)]
    [InlineData(Triage.Routine, true)]
    [InlineData(Triage.SelfCare, false)]
    [InlineData(Triage.SelfCare, true)]
    public void RoutineAndSelfCareShowThePlan(Triage triage, bool clinicianCleared)
    {
        var plan = Builder.For(triage, Severity.Moderate, Irritability.Moderate, [], clinicianCleared);

        Assert.False(plan.Withheld);
        Assert.Null(plan.WithheldReason);
        Assert.Equal(4, plan.Categories.Count);
    }

    [Theory]
    [InlineData(Irritability.Low)]
    [InlineData(Irritability.Moderate)]
    [InlineData(Irritability.High)]
    public void ExercisesRunInStageOrderFromStageOne(Irritability irritability)
    {
        var plan = SelfCarePlan(Severity.Moderate, irritability);

        Assert.All(plan.Categories, c =>
            Assert.Equal(Enumerable.Range(1, c.Exercises.Count), c.Exercises.Select(e => e.Stage)));
    }

    // Calmer symptoms start further up the ladder: high irritability 2 stages, moderate 3, low 4.
    [Theory]
    [InlineData(Irritability.High, 2)]
    [InlineData(Irritability.Moderate, 3)]
    [InlineData(Irritability.Low, 4)]
    public void StartingStagesFollowIrritability(Irritability irritability, int stages)
    {
        Assert.Equal(stages, PlanBuilder.StartingStages(irritability));
    }

    [Theory]
    [InlineData(Irritability.High, CategoryId.GluteActivation, 2)]
    [InlineData(Irritability.Moderate, CategoryId.GluteActivation, 3)]
    [InlineData(Irritability.Low, CategoryId.GluteActivation, 4)]
    [InlineData(Irritability.Low, CategoryId.HipMobility, 4)]
    // Soft tissue has only three stages in the catalogue, so a low-irritability plan shows all three.
    [InlineData(Irritability.Low, CategoryId.SoftTissue, 3)]
    [InlineData(Irritability.High, CategoryId.SoftTissue, 2)]
    public void CategoryShowsItsStartingStages(Irritability irritability, CategoryId category, int exercises)
    {
        var shown = Assert.Single(SelfCarePlan(Severity.Moderate, irritability).Categories, c => c.Id == category);

        Assert.Equal(exercises, shown.Exercises.Count);
    }

    // Sliders before tensioners: the starting plan never reaches the tensioner at stage 3.
    [Theory]
    [InlineData(Irritability.Low)]
    [InlineData(Irritability.Moderate)]
    [InlineData(Irritability.High)]
    public void NeuralMobilityNeverStartsBeyondStageTwo(Irritability irritability)
    {
        var neural = Assert.Single(SelfCarePlan(Severity.Mild, irritability).Categories, c => c.Id == CategoryId.NeuralMobility);

        Assert.Equal([1, 2], neural.Exercises.Select(e => e.Stage));
    }

    [Fact]
    public void EveryExerciseHasStepsDosageCautionsAndProgression()
    {
        var plan = SelfCarePlan(Severity.Mild, Irritability.Low);

        Assert.All(plan.Categories.SelectMany(c => c.Exercises), e =>
        {
            Assert.NotEmpty(e.Steps);
            Assert.All(e.Steps, s => Assert.False(string.IsNullOrWhiteSpace(s)));
            Assert.False(string.IsNullOrWhiteSpace(e.Dosage));
            Assert.NotEmpty(e.Cautions);
            Assert.False(string.IsNullOrWhiteSpace(e.Progression));
        });
    }

    // Spec: each exercise comes with the reason its category helps.
    [Fact]
    public void EveryCategorySaysWhyItHelps()
    {
        var plan = SelfCarePlan(Severity.Mild, Irritability.Low);

        Assert.All(plan.Categories, c =>
        {
            Assert.False(string.IsNullOrWhiteSpace(c.Why));
            Assert.False(string.IsNullOrWhiteSpace(c.Source));
        });
    }

    // End to end: a severe, highly irritable self-care picture gets three categories of two stages.
    [Fact]
    public void SevereIrritableResultShowsThreeCategoriesOfTwoStages()
    {
        var answers = Answered.Yes(Q.ButtockPain, Q.SciaticNotchTenderness, Q.WorseSitting) with { PainWorst = 7, PainNow = 3, DurationWeeks = 2 };

        var result = AssessmentEngine.Default.Evaluate(answers);

        Assert.Equal(Triage.SelfCare, result.Triage);
        Assert.Equal([2, 2, 2], result.Plan.Categories.Select(c => c.Exercises.Count));
    }
}
