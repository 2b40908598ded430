using PiriformisRehab.Domain.Questions;
using PiriformisRehab.Domain.Rules;
using Q = PiriformisRehab.Domain.Questions.QuestionIds;

using PiriformisRehab.Domain.Tests.Infrastructure;

namespace PiriformisRehab.Domain.Tests.Rules;

/// <summary>The red-flag rules of spec 5.4: changed rows, new rows, "not sure" partners and timeframes.</summary>
public sealed class RedFlagV11Tests
{
    private static AssessmentResult Evaluate(Answers answers, bool cleared = false) => AssessmentEngine.Default.Evaluate(answers, cleared);

    // Symptoms in both legs that are long-standing and unchanged are urgent (stenosis: assess), not an emergency.
    [Fact]
    public void BothLegsLongStandingIsUrgentWithin48Hours()
    {
        var flag = Assert.Single(RedFlagRules.Evaluate(Answered.Yes(Q.BothLegsSymptoms, Q.BothLegsLongStanding)));

        Assert.Equal((Q.BothLegsSymptoms, ConcernLevel.Urgent, Timeframe.Within48Hours), (flag.Id, flag.Level, flag.Timeframe));
        Assert.Equal([Q.BothLegsSymptoms, Q.BothLegsLongStanding], flag.QuestionIds);
    }

    [Fact]
    public void BothLegsAnsweredNoToLongStandingIsAnEmergency()
    {
        var flag = Assert.Single(RedFlagRules.Evaluate(Answered.Yes(Q.BothLegsSymptoms).WithNo(Q.BothLegsLongStanding)));

        Assert.Equal(ConcernLevel.Emergency, flag.Level);
    }

    // In a combination rule a partner answered "not sure" counts as yes (spec 5.2).
    [Theory]
    [InlineData(Q.FeverOrUnwell, Q.NumbnessOrTingling)]
    [InlineData(Q.CancerHistory, Q.PainBelowKnee)]
    [InlineData(Q.CancerHistory, Q.NumbnessOrTingling)]
    public void NotSurePartnerMakesTheCombinationAnEmergency(string lead, string partner)
    {
        var flags = RedFlagRules.Evaluate(Answered.Yes(lead).WithNotSure(partner));

        var flag = Assert.Single(flags, f => f.Id == lead);
        Assert.Equal(ConcernLevel.Emergency, flag.Level);
        Assert.Equal([lead, partner], flag.QuestionIds);
    }

    [Fact]
    public void NotSureAloneRaisesNoFlag()
    {
        Assert.Empty(RedFlagRules.Evaluate(Answered.Yes().WithNotSure(Q.NumbnessOrTingling, Q.PainBelowKnee)));
    }

    // A flag id is reported once, at its highest level and with the timeframe of the rule that fired there.
    [Theory]
    [InlineData(Q.FeverOrUnwell, Q.ImmunosuppressedOrIvDrugUse, ConcernLevel.Emergency, Timeframe.Now)]
    [InlineData(Q.FeverOrUnwell, Q.ProgressiveWeakness, ConcernLevel.Emergency, Timeframe.Now)]
    [InlineData(Q.OsteoporosisOrSteroids, Q.SignificantTrauma, ConcernLevel.Urgent, Timeframe.SameDay)]
    [InlineData(Q.CancerHistory, Q.BladderBowelChange, ConcernLevel.Emergency, Timeframe.Now)]
    public void FlagIdIsReportedOnceWithTheTimeframeOfItsHighestRule(string lead, string partner, ConcernLevel level, Timeframe timeframe)
    {
        var flags = RedFlagRules.Evaluate(Answered.Yes(lead, partner));

        var flag = Assert.Single(flags, f => f.Id == lead);
        Assert.Equal((level, timeframe), (flag.Level, flag.Timeframe));
        Assert.Equal(flags.Count, flags.Select(f => f.Id).Distinct().Count());
    }

    // Every safety question alone and in every pair: never selfCare or routine, plan withheld, stop running, one flag per id.
    public static TheoryData<string, string> SafetyPairs()
    {
        var ids = QuestionCatalog.Default.InSection("safety").Select(q => q.Id).Where(id => id != Q.BothLegsLongStanding).ToList();
        var data = new TheoryData<string, string>();
        for (var i = 0; i < ids.Count; i++)
        {
            for (var j = i; j < ids.Count; j++)
            {
                data.Add(ids[i], ids[j]);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SafetyPairs))]
    public void AnyRedFlagAloneOrPairedWithholdsThePlanAndStopsRunning(string first, string second)
    {
        var answers = Answered.Yes(first, second) with { RunningStatus = RunningStatus.RunningPainFree, Age = 30 };

        var result = Evaluate(answers);

        Assert.True(result.Triage is Triage.Emergency or Triage.Urgent);
        Assert.True(result.Plan.Withheld);
        Assert.Equal(RunningAdviceKind.StopRunning, result.Running.Advice);
        Assert.Equal(result.RedFlags.Count, result.RedFlags.Select(f => f.Id).Distinct().Count());
        Assert.Equal(result.Triage == Triage.Emergency ? PlanWithheldCode.Emergency : PlanWithheldCode.Urgent, result.Plan.WithheldCode);
    }

    [Theory]
    [InlineData(Q.CannotBearWeight)]
    [InlineData(Q.SaddleNumbness)]
    public void EmergencyTimeframeIsNow(string id)
    {
        var result = Evaluate(Answered.Yes(id));

        Assert.Equal((Triage.Emergency, Timeframe.Now), (result.Triage, result.TriageTimeframe));
        Assert.Equal(RedFlagRules.EmergencyAction, result.TriageAdvice);
    }

    // A feverish runner is seen today, not in 24-48 hours.
    [Fact]
    public void FeverIsUrgentTheSameDayWithItsRouteText()
    {
        var result = Evaluate(Answered.Yes(Q.FeverOrUnwell));

        Assert.Equal((Triage.Urgent, Timeframe.SameDay), (result.Triage, result.TriageTimeframe));
        Assert.Equal(RedFlagRules.SameDayAction, result.TriageAdvice);
        Assert.Equal("See a doctor today: your GP practice or an urgent care service (NHS 111 in the UK). If you cannot be seen today, go to an emergency department.", result.TriageAdvice);
    }

    [Fact]
    public void LongAgoFallIsUrgentWithin48HoursWithItsRouteText()
    {
        var result = Evaluate(Answered.Yes(Q.SignificantTrauma));

        Assert.Equal((Triage.Urgent, Timeframe.Within48Hours), (result.Triage, result.TriageTimeframe));
        Assert.Equal("See a doctor within 24-48 hours (GP or urgent care) before you start the exercise plan. If it gets worse before then, get help the same day.", result.TriageAdvice);
    }

    // triageTimeframe is the most urgent of the flags'.
    [Fact]
    public void TriageTimeframeIsTheMostUrgentFlags()
    {
        var result = Evaluate(Answered.Yes(Q.NightPainUnrelenting, Q.FeverOrUnwell, Q.SignificantTrauma));

        Assert.Equal(Timeframe.SameDay, result.TriageTimeframe);
        Assert.Equal(RedFlagRules.SameDayAction, result.TriageAdvice);
    }

    [Theory]
    [InlineData(Triage.Routine, Timeframe.WithinWeeks)]
    [InlineData(Triage.SelfCare, Timeframe.None)]
    public void NonUrgentResultsHaveTheirLevelsTimeframe(Triage triage, Timeframe timeframe)
    {
        var answers = triage == Triage.Routine
            ? Answered.Yes(Q.ButtockPain) with { DurationWeeks = 20 }
            : Answered.Yes(Q.ButtockPain, Q.WorseSitting, Q.SciaticNotchTenderness) with { PainWorst = 3, DurationWeeks = 2 };

        var result = Evaluate(answers);

        Assert.Equal((triage, timeframe), (result.Triage, result.TriageTimeframe));
    }

    // Postpartum sacral stress fracture: impact pain counts whatever the activity (Pishnamaz 2012).
    [Fact]
    public void PainOnImpactWithoutRunningIsStillUrgentAndStopsRunning()
    {
        var result = Evaluate(Answered.Yes(Q.PainOnImpact) with { RunningStatus = RunningStatus.Stopped });

        Assert.Equal(Triage.Urgent, result.Triage);
        Assert.Equal(RunningAdviceKind.StopRunning, result.Running.Advice);
        Assert.Contains(result.Differentials, d => d.Id == DifferentialId.PelvicStressFracture && d.Strength == Strength.Likely);
    }

    // A sudden hamstring "pop" is urgent and makes proximal hamstring likely (avulsion).
    [Fact]
    public void SuddenOnsetInjuryMakesProximalHamstringLikely()
    {
        var result = Evaluate(Answered.Yes(Q.SuddenOnsetInjury));

        Assert.Equal(Triage.Urgent, result.Triage);
        var hamstring = Assert.Single(result.Differentials, d => d.Id == DifferentialId.ProximalHamstring);
        Assert.Equal(Strength.Likely, hamstring.Strength);
    }

    [Fact]
    public void CannotBearWeightRaisesBothStressFracturesAsPossible()
    {
        var result = Evaluate(Answered.Yes(Q.CannotBearWeight));

        Assert.Equal(Triage.Emergency, result.Triage);
        Assert.Equal(
            [(DifferentialId.FemoralStressFracture, Strength.Possible), (DifferentialId.PelvicStressFracture, Strength.Possible)],
            result.Differentials.Select(d => (d.Id, d.Strength)));
    }

    [Fact]
    public void CannotBearWeightWithGroinPainMakesFemoralStressFractureLikely()
    {
        var result = Evaluate(Answered.Yes(Q.CannotBearWeight, Q.GroinPainWeightBearing));

        Assert.Equal(Strength.Likely, result.Differentials.Single(d => d.Id == DifferentialId.FemoralStressFracture).Strength);
    }
}
