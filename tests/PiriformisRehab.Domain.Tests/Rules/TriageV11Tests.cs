using PiriformisRehab.Domain.Plans;
using PiriformisRehab.Domain.Questions;
using PiriformisRehab.Domain.Rules;
using Q = PiriformisRehab.Domain.Questions.QuestionIds;

using PiriformisRehab.Domain.Tests.Infrastructure;

namespace PiriformisRehab.Domain.Tests.Rules;

/// <summary>Under 16 (spec 5.5), the four new differentials and frontThighPain (5.6), bone-stress risk factors and clearance (5.10).</summary>
public sealed class TriageV11Tests
{
    private static AssessmentResult Evaluate(Answers answers, bool cleared = false) => AssessmentEngine.Default.Evaluate(answers, cleared);

    // A typical piriformis picture that is selfCare for an adult.
    private static Answers Piriformis => Answered.AllAnsweredYes(Q.ButtockPain, Q.SciaticNotchTenderness, Q.WorseSitting, Q.WorseOnPiriformisStretch)
        with { PainNow = 2, PainWorst = 3, SettleTime = SettleTime.Minutes, DurationWeeks = 3, RunningStatus = RunningStatus.RunningPainFree };

    [Fact]
    public void AdultPiriformisPictureIsSelfCare()
    {
        Assert.Equal(Triage.SelfCare, Evaluate(Piriformis with { Age = 30 }).Triage);
    }

    [Theory]
    [InlineData(10)]
    [InlineData(14)]
    [InlineData(15)]
    public void UnderSixteenIsRoutineWithThePlanWithheld(int age)
    {
        var result = Evaluate(Piriformis with { Age = age });

        Assert.Equal((Triage.Routine, Timeframe.WithinWeeks), (result.Triage, result.TriageTimeframe));
        Assert.True(result.Plan.Withheld);
        Assert.Empty(result.Plan.Categories);
        Assert.Equal(PlanWithheldCode.Under16, result.Plan.WithheldCode);
        Assert.Contains("GP or sports-medicine doctor", result.TriageAdvice, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(result.Plan.WithheldReason));
    }

    [Fact]
    public void SixteenIsNotUnderSixteen()
    {
        var result = Evaluate(Piriformis with { Age = 16 });

        Assert.False(result.Plan.Withheld);
        Assert.Null(result.Plan.WithheldCode);
    }

    [Fact]
    public void UnderSixteenClearedShowsThePlanWithTheUsualRunningAdvice()
    {
        var result = Evaluate(Piriformis with { Age = 14 }, cleared: true);

        Assert.False(result.Plan.Withheld);
        Assert.NotEmpty(result.Plan.Categories);
        Assert.Equal(RunningAdviceKind.KeepRunning, result.Running.Advice);
    }

    // With a red flag the flag's triage and code win over age.
    [Theory]
    [InlineData(Q.SaddleNumbness, Triage.Emergency, PlanWithheldCode.Emergency)]
    [InlineData(Q.NightPainUnrelenting, Triage.Urgent, PlanWithheldCode.Urgent)]
    public void UnderSixteenWithARedFlagKeepsTheFlagsTriageAndCode(string flag, Triage triage, PlanWithheldCode code)
    {
        var result = Evaluate(Piriformis.WithYes(flag) with { Age = 12 });

        Assert.Equal((triage, code), (result.Triage, result.Plan.WithheldCode));
    }

    [Fact]
    public void UnderSixteenWithAnUrgentFlagIsRevealedByOneClearance()
    {
        var result = Evaluate(Piriformis.WithYes(Q.NightPainUnrelenting) with { Age = 12 }, cleared: true);

        Assert.False(result.Plan.Withheld);
    }

    [Fact]
    public void EmergencyPlanIsNeverRevealed()
    {
        var result = Evaluate(Answered.Yes(Q.CannotBearWeight), cleared: true);

        Assert.True(result.Plan.Withheld);
        Assert.Equal(PlanWithheldCode.Emergency, result.Plan.WithheldCode);
        Assert.Equal(RunningAdviceKind.StopRunning, result.Running.Advice);
    }

    // Any of the four new differentials, possible or likely, makes triage at least routine.
    [Theory]
    [InlineData(Q.MorningStiffness, DifferentialId.InflammatoryBackPain)]
    [InlineData(Q.PainOnlyAtEffort, DifferentialId.Vascular)]
    [InlineData(Q.PainLongStrides, DifferentialId.Ischiofemoral)]
    public void NewDifferentialIsPossibleAndMakesTriageRoutine(string id, DifferentialId differential)
    {
        var result = Evaluate(Piriformis.WithYes(id) with { Age = 30 });

        var d = Assert.Single(result.Differentials);
        Assert.Equal((differential, Strength.Possible), (d.Id, d.Strength));
        Assert.Equal([id], d.QuestionIds);
        Assert.Equal(Triage.Routine, result.Triage);
    }

    [Fact]
    public void PerinealPainWhenSittingRaisesPudendalAndMakesTriageRoutine()
    {
        var result = Evaluate(Piriformis.WithYes(Q.PerinealPainSitting) with { Age = 30 });

        var d = Assert.Single(result.Differentials);
        Assert.Equal((DifferentialId.Pudendal, Strength.Possible), (d.Id, d.Strength));
        Assert.Equal(Triage.Routine, result.Triage);
    }

    // ASAS: chronic back pain (12 weeks or more) starting before 45.
    [Theory]
    [InlineData(12, 44, Strength.Likely)]
    [InlineData(11, 30, Strength.Possible)]
    [InlineData(20, 45, Strength.Possible)]
    public void InflammatoryBackPainIsLikelyWithTwelveWeeksBeforeFortyFive(int weeks, int age, Strength strength)
    {
        var result = Evaluate(Answered.Yes(Q.MorningStiffness) with { DurationWeeks = weeks, Age = age });

        Assert.Equal(strength, result.Differentials.Single(d => d.Id == DifferentialId.InflammatoryBackPain).Strength);
    }

    [Fact]
    public void InflammatoryBackPainIsPossibleWithoutAgeOrDuration()
    {
        var result = Evaluate(Answered.Yes(Q.MorningStiffness));

        Assert.Equal(Strength.Possible, result.Differentials.Single(d => d.Id == DifferentialId.InflammatoryBackPain).Strength);
    }

    [Fact]
    public void FrontThighPainRaisesLumbarRadicularAsPossible()
    {
        var d = Assert.Single(DifferentialRules.Evaluate(Answered.Yes(Q.FrontThighPain)));

        Assert.Equal((DifferentialId.LumbarRadicular, Strength.Possible), (d.Id, d.Strength));
    }

    // Two or more bone-stress risk factors while running with pain (Mountjoy 2023; Warden 2014).
    [Theory]
    [InlineData(Q.PreviousStressFracture, Q.PeriodsIrregular)]
    [InlineData(Q.PeriodsIrregular, Q.RecentTrainingJump)]
    [InlineData(Q.PreviousStressFracture, Q.RecentTrainingJump)]
    public void TwoBoneStressRiskFactorsWhileRunningWithPainRaiseBothStressFractures(string first, string second)
    {
        var result = Evaluate(Piriformis.WithYes(first, second) with { RunningStatus = RunningStatus.RunningWithPain, Age = 25 });

        Assert.Equal(Triage.Routine, result.Triage);
        Assert.Equal(RunningAdviceKind.WalkRunReturn, result.Running.Advice);
        Assert.Contains(result.Differentials, d => d.Id == DifferentialId.FemoralStressFracture && d.Strength == Strength.Possible);
        Assert.Contains(result.Differentials, d => d.Id == DifferentialId.PelvicStressFracture && d.Strength == Strength.Possible);
        Assert.Equal([first, second], result.Differentials.Single(d => d.Id == DifferentialId.PelvicStressFracture).QuestionIds);
    }

    [Theory]
    [InlineData(RunningStatus.RunningPainFree)]
    [InlineData(RunningStatus.Stopped)]
    public void BoneStressRiskFactorsWithoutRunningWithPainChangeNothing(RunningStatus status)
    {
        var result = Evaluate(Piriformis.WithYes(Q.PreviousStressFracture, Q.PeriodsIrregular) with { RunningStatus = status, Age = 25 });

        Assert.Equal(Triage.SelfCare, result.Triage);
        Assert.Empty(result.Differentials);
    }

    [Fact]
    public void OneBoneStressRiskFactorChangesNothing()
    {
        var result = Evaluate(Piriformis.WithYes(Q.RecentTrainingJump) with { RunningStatus = RunningStatus.RunningWithPain, Age = 25 });

        Assert.Equal(Triage.SelfCare, result.Triage);
        Assert.Equal(RunningAdviceKind.Reduce, result.Running.Advice);
    }

    [Fact]
    public void NotSureRiskFactorsDoNotCount()
    {
        var result = Evaluate(Piriformis.WithNotSure(Q.PreviousStressFracture, Q.PeriodsIrregular) with { RunningStatus = RunningStatus.RunningWithPain, Age = 25 });

        Assert.Empty(result.Differentials);
    }

    // osteoporosisOrSteroids is itself a red flag: it counts as a risk factor, but the flag wins.
    [Fact]
    public void SteroidsAsARiskFactorStillGivesUrgentAndStopRunning()
    {
        var result = Evaluate(Piriformis.WithYes(Q.OsteoporosisOrSteroids, Q.RecentTrainingJump) with { RunningStatus = RunningStatus.RunningWithPain, Age = 25 });

        Assert.Equal(Triage.Urgent, result.Triage);
        Assert.Equal(RunningAdviceKind.StopRunning, result.Running.Advice);
        Assert.Contains(result.Differentials, d => d.Id == DifferentialId.FemoralStressFracture);
    }

    // Clearance names a doctor (spec 5.10).
    [Fact]
    public void ClearanceStatementNamesADoctor()
    {
        Assert.Equal("A doctor has examined me and said I can exercise.", PlanBuilder.ClearanceStatement);
    }

    [Theory]
    [InlineData(Q.GroinPainWeightBearing)]
    [InlineData(Q.PainOnImpact)]
    public void ClearedStressFractureFlagRevealsThePlanButKeepsRunningStopped(string id)
    {
        var result = Evaluate(Piriformis.WithYes(id) with { Age = 30 }, cleared: true);

        Assert.False(result.Plan.Withheld);
        Assert.Equal(RunningAdviceKind.StopRunning, result.Running.Advice);
        Assert.Contains("walk test", result.Running.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ClearedUrgentFlagFollowsTheUsualRunningRules()
    {
        var result = Evaluate(Piriformis.WithYes(Q.NightPainUnrelenting) with { Age = 30 }, cleared: true);

        Assert.False(result.Plan.Withheld);
        Assert.Equal(RunningAdviceKind.KeepRunning, result.Running.Advice);
    }
}
