using PiriformisRehab.Domain.Rules;
using Q = PiriformisRehab.Domain.Questions.QuestionIds;
using PiriformisRehab.Domain.Tests.Infrastructure;

namespace PiriformisRehab.Domain.Tests.Rules;

/// <summary>The red-flag table of spec section 3: single flags, combinations, order and reasons.</summary>
public sealed class RedFlagTests
{
    // Eleven of the thirteen safety questions raise a flag on their own, at the level of the triage table.
    [Theory]
    [InlineData(Q.SaddleNumbness, ConcernLevel.Emergency)]
    [InlineData(Q.BladderBowelChange, ConcernLevel.Emergency)]
    [InlineData(Q.ProgressiveWeakness, ConcernLevel.Emergency)]
    [InlineData(Q.BothLegsSymptoms, ConcernLevel.Emergency)]
    [InlineData(Q.FeverOrUnwell, ConcernLevel.Urgent)]
    [InlineData(Q.CancerHistory, ConcernLevel.Urgent)]
    [InlineData(Q.UnexplainedWeightLoss, ConcernLevel.Urgent)]
    [InlineData(Q.NightPainUnrelenting, ConcernLevel.Urgent)]
    [InlineData(Q.SignificantTrauma, ConcernLevel.Urgent)]
    [InlineData(Q.GroinPainWeightBearing, ConcernLevel.Urgent)]
    [InlineData(Q.PainOnImpact, ConcernLevel.Urgent)]
    public void SafetyAnswerAloneRaisesOneFlagAtItsTableLevel(string questionId, ConcernLevel level)
    {
        var flags = RedFlagRules.Evaluate(Answered.Yes(questionId));

        var flag = Assert.Single(flags);
        Assert.Equal(questionId, flag.Id);
        Assert.Equal(level, flag.Level);
        Assert.Equal([questionId], flag.QuestionIds);
    }

    // These two only matter in combination (with fever, with trauma); alone they are risk factors, not flags.
    [Theory]
    [InlineData(Q.ImmunosuppressedOrIvDrugUse)]
    [InlineData(Q.OsteoporosisOrSteroids)]
    public void RiskFactorAloneRaisesNoFlag(string questionId)
    {
        Assert.Empty(RedFlagRules.Evaluate(Answered.Yes(questionId)));
    }

    // Fever with immune suppression or new numbness is the spinal epidural abscess picture.
    [Theory]
    [InlineData(Q.ImmunosuppressedOrIvDrugUse)]
    [InlineData(Q.NumbnessOrTingling)]
    public void FeverWithPartnerIsAnEmergency(string partner)
    {
        var flags = RedFlagRules.Evaluate(Answered.Yes(Q.FeverOrUnwell, partner));

        var flag = Assert.Single(flags);
        Assert.Equal(Q.FeverOrUnwell, flag.Id);
        Assert.Equal(ConcernLevel.Emergency, flag.Level);
        Assert.Equal([Q.FeverOrUnwell, partner], flag.QuestionIds);
    }

    // After cancer, radicular pain, sensory change, weakness or sphincter change means possible MSCC (NICE NG234).
    [Theory]
    [InlineData(Q.PainBelowKnee)]
    [InlineData(Q.NumbnessOrTingling)]
    [InlineData(Q.ProgressiveWeakness)]
    [InlineData(Q.BladderBowelChange)]
    public void CancerHistoryWithPartnerIsAnEmergency(string partner)
    {
        var flags = RedFlagRules.Evaluate(Answered.Yes(Q.CancerHistory, partner));

        var cancer = Assert.Single(flags, f => f.Id == Q.CancerHistory);
        Assert.Equal(ConcernLevel.Emergency, cancer.Level);
        Assert.Equal([Q.CancerHistory, partner], cancer.QuestionIds);
    }

    [Fact]
    public void OsteoporosisWithTraumaIsUrgentWithAnOsteoporosisFlag()
    {
        var flags = RedFlagRules.Evaluate(Answered.Yes(Q.OsteoporosisOrSteroids, Q.SignificantTrauma));

        Assert.Equal(
            [(Q.SignificantTrauma, ConcernLevel.Urgent), (Q.OsteoporosisOrSteroids, ConcernLevel.Urgent)],
            flags.Select(f => (f.Id, f.Level)));
        var osteoporosis = flags.Single(f => f.Id == Q.OsteoporosisOrSteroids);
        Assert.Equal([Q.OsteoporosisOrSteroids, Q.SignificantTrauma], osteoporosis.QuestionIds);
    }

    // The combination replaces the single-answer flag: one fever flag, at the higher level.
    [Fact]
    public void FlagIdIsReportedOnceAtItsHighestLevel()
    {
        var flags = RedFlagRules.Evaluate(Answered.Yes(Q.FeverOrUnwell, Q.ImmunosuppressedOrIvDrugUse));

        var fever = Assert.Single(flags);
        Assert.Equal(Q.FeverOrUnwell, fever.Id);
        Assert.Equal(ConcernLevel.Emergency, fever.Level);
    }

    // The triage takes the first flag's level, so the order carries clinical weight.
    [Fact]
    public void EmergencyFlagsAreListedBeforeUrgentOnes()
    {
        var flags = RedFlagRules.Evaluate(Answered.Yes(
            Q.PainOnImpact, Q.UnexplainedWeightLoss, Q.BothLegsSymptoms, Q.NightPainUnrelenting, Q.SaddleNumbness));

        Assert.Equal(
            [
                (Q.SaddleNumbness, ConcernLevel.Emergency),
                (Q.BothLegsSymptoms, ConcernLevel.Emergency),
                (Q.UnexplainedWeightLoss, ConcernLevel.Urgent),
                (Q.NightPainUnrelenting, ConcernLevel.Urgent),
                (Q.PainOnImpact, ConcernLevel.Urgent),
            ],
            flags.Select(f => (f.Id, f.Level)));
    }

    // A flag explains itself with the answers the runner actually gave, never with a question answered no.
    [Theory]
    [InlineData(Q.FeverOrUnwell, Q.NumbnessOrTingling)]
    [InlineData(Q.FeverOrUnwell, Q.ImmunosuppressedOrIvDrugUse)]
    [InlineData(Q.CancerHistory, Q.NumbnessOrTingling)]
    [InlineData(Q.CancerHistory, Q.PainBelowKnee, Q.BladderBowelChange)]
    [InlineData(Q.OsteoporosisOrSteroids, Q.SignificantTrauma)]
    public void FlagQuestionIdsNameOnlyYesAnswers(params string[] yes)
    {
        var flags = RedFlagRules.Evaluate(Answered.Yes(yes));

        Assert.NotEmpty(flags);
        Assert.All(flags, f => Assert.All(f.QuestionIds, id => Assert.Contains(id, yes)));
    }

    [Fact]
    public void CancerFlagNamesEveryPartnerAnsweredYes()
    {
        var flags = RedFlagRules.Evaluate(Answered.Yes(Q.CancerHistory, Q.PainBelowKnee, Q.BladderBowelChange));

        var cancer = Assert.Single(flags, f => f.Id == Q.CancerHistory);
        Assert.Equal([Q.CancerHistory, Q.PainBelowKnee, Q.BladderBowelChange], cancer.QuestionIds);
    }

    // The action matches the level: emergency care now, a doctor within 24-48 hours, or stop running for a possible fracture.
    [Theory]
    [InlineData(Q.SaddleNumbness, "emergency department")]
    [InlineData(Q.FeverOrUnwell, "within 24-48 hours")]
    [InlineData(Q.PainOnImpact, "Stop running")]
    [InlineData(Q.GroinPainWeightBearing, "Stop running")]
    public void FlagActionFitsItsLevel(string questionId, string expectedInAction)
    {
        var flag = Assert.Single(RedFlagRules.Evaluate(Answered.Yes(questionId)));

        Assert.Contains(expectedInAction, flag.Action, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(flag.Message));
        Assert.False(string.IsNullOrWhiteSpace(flag.Source));
    }

    [Fact]
    public void NoSafetyAnswersRaiseNoFlags()
    {
        Assert.Empty(RedFlagRules.Evaluate(Answered.Yes(Q.ButtockPain, Q.PainBelowKnee, Q.NumbnessOrTingling)));
    }
}
