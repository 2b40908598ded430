using PiriformisRehab.Domain.Rules;
using Q = PiriformisRehab.Domain.Questions.QuestionIds;
using PiriformisRehab.Domain.Tests.Infrastructure;

namespace PiriformisRehab.Domain.Tests.Rules;

/// <summary>The red-flag table of spec section 3: single flags, combinations, order and reasons.</summary>
public sealed class RedFlagTests
{
    // Every safety question but the follow-up raises a flag on its own (spec 5.4: "alone" means that one answer), at its level and timeframe.
    [Theory]
    [InlineData(Q.SaddleNumbness, ConcernLevel.Emergency, Timeframe.Now)]
    [InlineData(Q.BladderBowelChange, ConcernLevel.Emergency, Timeframe.Now)]
    [InlineData(Q.ProgressiveWeakness, ConcernLevel.Emergency, Timeframe.Now)]
    [InlineData(Q.BothLegsSymptoms, ConcernLevel.Emergency, Timeframe.Now)]
    [InlineData(Q.CannotBearWeight, ConcernLevel.Emergency, Timeframe.Now)]
    [InlineData(Q.FeverOrUnwell, ConcernLevel.Urgent, Timeframe.SameDay)]
    [InlineData(Q.OsteoporosisOrSteroids, ConcernLevel.Urgent, Timeframe.Within48Hours)]
    [InlineData(Q.ImmunosuppressedOrIvDrugUse, ConcernLevel.Urgent, Timeframe.Within48Hours)]
    [InlineData(Q.SuddenOnsetInjury, ConcernLevel.Urgent, Timeframe.Within48Hours)]
    [InlineData(Q.WorseningDespiteRest, ConcernLevel.Urgent, Timeframe.Within48Hours)]
    [InlineData(Q.CancerHistory, ConcernLevel.Urgent, Timeframe.Within48Hours)]
    [InlineData(Q.UnexplainedWeightLoss, ConcernLevel.Urgent, Timeframe.Within48Hours)]
    [InlineData(Q.NightPainUnrelenting, ConcernLevel.Urgent, Timeframe.Within48Hours)]
    [InlineData(Q.SignificantTrauma, ConcernLevel.Urgent, Timeframe.Within48Hours)]
    [InlineData(Q.GroinPainWeightBearing, ConcernLevel.Urgent, Timeframe.Within48Hours)]
    [InlineData(Q.PainOnImpact, ConcernLevel.Urgent, Timeframe.Within48Hours)]
    public void SafetyAnswerAloneRaisesOneFlagAtItsTableLevel(string questionId, ConcernLevel level, Timeframe timeframe)
    {
        var flags = RedFlagRules.Evaluate(Answered.Yes(questionId));

        var flag = Assert.Single(flags);
        Assert.Equal((questionId, level, timeframe), (flag.Id, flag.Level, flag.Timeframe));
        Assert.Equal([questionId], flag.QuestionIds);
    }

    // A follow-up whose parent is not yes is ignored by every rule (spec 5.1).
    [Fact]
    public void LongStandingWithoutBothLegsRaisesNoFlag()
    {
        Assert.Empty(RedFlagRules.Evaluate(Answered.Yes(Q.BothLegsLongStanding)));
    }

    // Fever with immune suppression, numbness or weakness is the spinal epidural abscess picture (spec 5.4).
    [Theory]
    [InlineData(Q.ImmunosuppressedOrIvDrugUse)]
    [InlineData(Q.NumbnessOrTingling)]
    [InlineData(Q.ProgressiveWeakness)]
    public void FeverWithPartnerIsAnEmergency(string partner)
    {
        var flags = RedFlagRules.Evaluate(Answered.Yes(Q.FeverOrUnwell, partner));

        var flag = Assert.Single(flags, f => f.Id == Q.FeverOrUnwell);
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

    // Weak bones with a fall is a same-day concern; the same id alone is within 48 hours, so it is reported once, at same day.
    [Fact]
    public void OsteoporosisWithTraumaIsUrgentTheSameDay()
    {
        var flags = RedFlagRules.Evaluate(Answered.Yes(Q.OsteoporosisOrSteroids, Q.SignificantTrauma));

        Assert.Equal(
            [(Q.OsteoporosisOrSteroids, Timeframe.SameDay), (Q.SignificantTrauma, Timeframe.Within48Hours)],
            flags.Select(f => (f.Id, f.Timeframe)));
        var osteoporosis = flags.Single(f => f.Id == Q.OsteoporosisOrSteroids);
        Assert.Equal([Q.OsteoporosisOrSteroids, Q.SignificantTrauma], osteoporosis.QuestionIds);
    }

    // The combination replaces the single-answer flag: one fever flag, at the higher level.
    [Fact]
    public void FlagIdIsReportedOnceAtItsHighestLevel()
    {
        var flags = RedFlagRules.Evaluate(Answered.Yes(Q.FeverOrUnwell, Q.NumbnessOrTingling));

        var fever = Assert.Single(flags);
        Assert.Equal((Q.FeverOrUnwell, ConcernLevel.Emergency, Timeframe.Now), (fever.Id, fever.Level, fever.Timeframe));
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

    // The action is the exact route-naming text of its timeframe (spec 5.3); a possible fracture's message also says stop running.
    [Theory]
    [InlineData(Q.SaddleNumbness, RedFlagRules.EmergencyAction)]
    [InlineData(Q.CannotBearWeight, RedFlagRules.EmergencyAction)]
    [InlineData(Q.FeverOrUnwell, RedFlagRules.SameDayAction)]
    [InlineData(Q.NightPainUnrelenting, RedFlagRules.Within48HoursAction)]
    [InlineData(Q.PainOnImpact, RedFlagRules.Within48HoursAction)]
    [InlineData(Q.GroinPainWeightBearing, RedFlagRules.Within48HoursAction)]
    public void FlagActionIsTheRouteTextOfItsTimeframe(string questionId, string action)
    {
        var flag = Assert.Single(RedFlagRules.Evaluate(Answered.Yes(questionId)));

        Assert.Equal(action, flag.Action);
        Assert.False(string.IsNullOrWhiteSpace(flag.Message));
        Assert.False(string.IsNullOrWhiteSpace(flag.Source));
    }

    [Fact]
    public void NoSafetyAnswersRaiseNoFlags()
    {
        Assert.Empty(RedFlagRules.Evaluate(Answered.Yes(Q.ButtockPain, Q.PainBelowKnee, Q.NumbnessOrTingling)));
    }
}
