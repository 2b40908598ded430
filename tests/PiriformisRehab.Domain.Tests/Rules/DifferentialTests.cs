using PiriformisRehab.Domain.Rules;
using Q = PiriformisRehab.Domain.Questions.QuestionIds;
using PiriformisRehab.Domain.Tests.Infrastructure;

namespace PiriformisRehab.Domain.Tests.Rules;

/// <summary>The seven other conditions of spec section 3: what raises each and when it is "likely".</summary>
public sealed class DifferentialTests
{
    [Theory]
    [InlineData(DifferentialId.Sacroiliac, Q.PelvicDimplePain)]
    [InlineData(DifferentialId.PelvicStressFracture, Q.PainOnImpact)]
    [InlineData(DifferentialId.FemoralStressFracture, Q.GroinPainWeightBearing)]
    [InlineData(DifferentialId.ProximalHamstring, Q.SittingBonePain)]
    [InlineData(DifferentialId.GluteTendinopathy, Q.OuterHipPain)]
    [InlineData(DifferentialId.HipJoint, Q.GroinPainDeepFlexion)]
    [InlineData(DifferentialId.LumbarRadicular, Q.PainBelowKnee)]
    [InlineData(DifferentialId.LumbarRadicular, Q.NumbnessOrTingling)]
    [InlineData(DifferentialId.LumbarRadicular, Q.BackPainDominant)]
    [InlineData(DifferentialId.LumbarRadicular, Q.WorseCoughSneeze)]
    [InlineData(DifferentialId.LumbarRadicular, Q.WorseBendingForward)]
    public void DifferentialIsRaisedByItsQuestion(DifferentialId expected, string questionId)
    {
        var differentials = DifferentialRules.Evaluate(Answered.Yes(questionId));

        var differential = Assert.Single(differentials);
        Assert.Equal(expected, differential.Id);
        Assert.Equal([questionId], differential.QuestionIds);
        Assert.Single(differential.Reasons);
    }

    // Possible when raised; likely when its own pattern is clear (DifferentialRules' LikelyWhen).
    [Theory]
    // Lumbar: likely with at least two lumbar features (pain below the knee counts only with numbness).
    [InlineData(DifferentialId.LumbarRadicular, Strength.Possible, Q.PainBelowKnee)]
    [InlineData(DifferentialId.LumbarRadicular, Strength.Possible, Q.BackPainDominant)]
    [InlineData(DifferentialId.LumbarRadicular, Strength.Possible, Q.PainBelowKnee, Q.NumbnessOrTingling)]
    [InlineData(DifferentialId.LumbarRadicular, Strength.Possible, Q.PainBelowKnee, Q.BackPainDominant)]
    [InlineData(DifferentialId.LumbarRadicular, Strength.Likely, Q.BackPainDominant, Q.WorseCoughSneeze)]
    [InlineData(DifferentialId.LumbarRadicular, Strength.Likely, Q.WorseCoughSneeze, Q.WorseBendingForward)]
    [InlineData(DifferentialId.LumbarRadicular, Strength.Likely, Q.PainBelowKnee, Q.NumbnessOrTingling, Q.WorseBendingForward)]
    // Hamstring: likely without deep buttock tenderness.
    [InlineData(DifferentialId.ProximalHamstring, Strength.Likely, Q.SittingBonePain)]
    [InlineData(DifferentialId.ProximalHamstring, Strength.Possible, Q.SittingBonePain, Q.SciaticNotchTenderness)]
    // Gluteal tendinopathy: likely with fewer than two core features.
    [InlineData(DifferentialId.GluteTendinopathy, Strength.Likely, Q.OuterHipPain)]
    [InlineData(DifferentialId.GluteTendinopathy, Strength.Likely, Q.OuterHipPain, Q.ButtockPain)]
    [InlineData(DifferentialId.GluteTendinopathy, Strength.Possible, Q.OuterHipPain, Q.ButtockPain, Q.WorseSitting)]
    // Hip joint: likely with fewer than two core features.
    [InlineData(DifferentialId.HipJoint, Strength.Likely, Q.GroinPainDeepFlexion)]
    [InlineData(DifferentialId.HipJoint, Strength.Likely, Q.GroinPainDeepFlexion, Q.WorseOnPiriformisStretch)]
    [InlineData(DifferentialId.HipJoint, Strength.Possible, Q.GroinPainDeepFlexion, Q.ButtockPain, Q.SciaticNotchTenderness)]
    // Stress fractures: always likely, even in a full piriformis picture.
    [InlineData(DifferentialId.FemoralStressFracture, Strength.Likely, Q.GroinPainWeightBearing)]
    [InlineData(DifferentialId.FemoralStressFracture, Strength.Likely, Q.GroinPainWeightBearing, Q.ButtockPain, Q.SciaticNotchTenderness, Q.WorseSitting, Q.WorseOnPiriformisStretch)]
    [InlineData(DifferentialId.PelvicStressFracture, Strength.Likely, Q.PainOnImpact)]
    [InlineData(DifferentialId.PelvicStressFracture, Strength.Likely, Q.PainOnImpact, Q.ButtockPain, Q.SciaticNotchTenderness, Q.WorseSitting, Q.WorseOnPiriformisStretch)]
    // Sacroiliac: likely without deep buttock tenderness.
    [InlineData(DifferentialId.Sacroiliac, Strength.Likely, Q.PelvicDimplePain)]
    [InlineData(DifferentialId.Sacroiliac, Strength.Possible, Q.PelvicDimplePain, Q.SciaticNotchTenderness)]
    public void StrengthFollowsTheLikelyRule(DifferentialId id, Strength expected, params string[] yes)
    {
        var differential = Assert.Single(DifferentialRules.Evaluate(Answered.Yes(yes)), d => d.Id == id);

        Assert.Equal(expected, differential.Strength);
    }

    [Fact]
    public void NoAnswersRaiseNoDifferentials()
    {
        Assert.Empty(DifferentialRules.Evaluate(Answered.Yes()));
    }

    // The core features alone point at piriformis syndrome, not at anything else.
    [Fact]
    public void CoreFeaturesAloneRaiseNoDifferentials()
    {
        Assert.Empty(DifferentialRules.Evaluate(Answered.Yes(Q.ButtockPain, Q.SciaticNotchTenderness, Q.WorseSitting, Q.WorseOnPiriformisStretch)));
    }

    [Fact]
    public void LumbarDifferentialNamesEveryRaisingAnswer()
    {
        var differential = Assert.Single(DifferentialRules.Evaluate(Answered.Yes(Q.WorseBendingForward, Q.PainBelowKnee, Q.BackPainDominant)));

        // Listed in the rule's order, one plain-words reason per question.
        Assert.Equal([Q.PainBelowKnee, Q.BackPainDominant, Q.WorseBendingForward], differential.QuestionIds);
        Assert.Equal(3, differential.Reasons.Count);
    }

    [Fact]
    public void DifferentialsAreListedInContractOrder()
    {
        var differentials = DifferentialRules.Evaluate(Answered.Yes(
            Q.PelvicDimplePain, Q.PainOnImpact, Q.GroinPainWeightBearing, Q.GroinPainDeepFlexion, Q.OuterHipPain, Q.SittingBonePain, Q.BackPainDominant));

        Assert.Equal(Enum.GetValues<DifferentialId>(), differentials.Select(d => d.Id));
    }

    [Fact]
    public void LumbarTitleMentionsDiscHerniationOrNerveRoot()
    {
        var lumbar = Assert.Single(DifferentialRules.Evaluate(Answered.Yes(Q.BackPainDominant)));

        Assert.Matches("disc herniation|nerve-root|nerve root", lumbar.Title);
    }

    // Both stress fractures need imaging before any impact (Robertson 2017; Kahanov 2011).
    [Theory]
    [InlineData(Q.GroinPainWeightBearing)]
    [InlineData(Q.PainOnImpact)]
    public void StressFractureAdviceSaysStopRunning(string questionId)
    {
        var differential = Assert.Single(DifferentialRules.Evaluate(Answered.Yes(questionId)));

        Assert.StartsWith("Stop running", differential.Advice, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(differential.Source));
    }

    // Spec: every differential has at least one question that raises it, and a stated "likely" rule.
    [Fact]
    public void EveryDifferentialIsDescribedWithARaiserAndALikelyRule()
    {
        var described = DifferentialRules.Describe().ToList();

        Assert.Equal(Enum.GetValues<DifferentialId>(), described.Select(d => d.Id));
        Assert.All(described, d =>
        {
            Assert.NotEmpty(d.RaisedBy);
            Assert.False(string.IsNullOrWhiteSpace(d.LikelyWhen));
        });
    }
}
