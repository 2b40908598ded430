using PiriformisRehab.Domain.Plans;
using PiriformisRehab.Domain.Recovery;
using PiriformisRehab.Domain.Rules;
using static PiriformisRehab.Domain.Tests.Infrastructure.Diary;
using Q = PiriformisRehab.Domain.Questions.QuestionIds;

using PiriformisRehab.Domain.Tests.Infrastructure;

namespace PiriformisRehab.Domain.Tests.Recovery;

/// <summary>The v1.1 return-to-running rules of spec 5.11 c-e.</summary>
public sealed class ReturnToRunV11Tests
{
    private static readonly WalkRunPlan Plan = WalkRunPlan.Default;

    private static ReturnToRunStatus Follow(params CheckIn[] sessions) => ReturnToRunRules.Follow(sessions, Plan, Day(60));

    private static CheckIn Gate(int day, int pain = 0) => Run(day, RunActivity.BriskWalk, pain, MorningAfter.Same, minutes: 30);

    private static CheckIn Phase(int day, int phase, int pain = 3, MorningAfter morning = MorningAfter.Same, int worst = 3) =>
        Run(day, RunActivity.WalkRun, pain, morning, phase) with { PainWorst = worst, PainNow = Math.Min(2, worst) };

    private static RecoveryPicture Diary(RecoveryStart start, params CheckIn[] checkIns) =>
        RecoveryEngine.Default.Evaluate(start, checkIns.Select((c, i) => c with { RecordedAt = new DateTimeOffset(Day(i).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) }), Day(60));

    private static RecoveryStart Plain => new(new Dictionary<CategoryId, int>(), new HashSet<string>(), Start);

    // 5.11 c: a walk or run counts only with run pain <= 5, a next morning not worse and worst pain below 7; otherwise a flare-up.
    [Theory]
    [InlineData(5, MorningAfter.Same, 6, 2, StepDecision.Hold)]
    [InlineData(6, MorningAfter.Same, 6, 1, StepDecision.Down)]
    [InlineData(3, MorningAfter.Worse, 6, 1, StepDecision.Down)]
    [InlineData(3, MorningAfter.Same, 7, 1, StepDecision.Down)]
    public void RunCountsOnlyWithPainUpToFiveAMorningNotWorseAndWorstBelowSeven(int runPain, MorningAfter morning, int worst, int expectedPhase, StepDecision decision)
    {
        // Two counted runs at phase 1 reach phase 2; the third run at phase 2 decides.
        var status = Follow(Gate(0), Phase(2, 1), Phase(4, 1), Phase(6, 2, runPain, morning, worst));

        Assert.Equal((expectedPhase, decision), (status.Phase!.Number, status.LastDecision));
    }

    [Fact]
    public void RunPainAboveFiveAtTheFirstPhaseGoesBackToTheWalkTest()
    {
        var status = Follow(Gate(0), Phase(2, 1, pain: 6));

        Assert.Equal((RunStage.Gate, StepDecision.Down), (status.Stage, status.LastDecision));
        Assert.Contains("6/10", status.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void WorstPainOfSevenAfterAWalkIsAFlareUp()
    {
        var walk = Gate(0) with { PainWorst = 7 };

        var status = Follow(walk);

        Assert.Equal((RunStage.Gate, StepDecision.Down), (status.Stage, status.LastDecision));
    }

    // 5.11 d: after any pause is lifted, running restarts at the walk test.
    [Fact]
    public void AfterALiftedPauseRunningRestartsAtTheWalkTest()
    {
        var picture = Diary(Plain,
            Gate(0), Phase(2, 1), Phase(4, 1), Phase(6, 2),
            Flags(8, false, Q.NightPainUnrelenting),
            Flags(9, true));

        Assert.False(picture.Paused);
        Assert.Equal(RunStage.Gate, picture.Running.Stage);
    }

    [Fact]
    public void AfterALiftedPauseTheWalkTestLeadsBackToPhaseOne()
    {
        var picture = Diary(Plain,
            Gate(0), Phase(2, 1), Phase(4, 1), Phase(6, 2),
            Flags(8, false, Q.NightPainUnrelenting),
            Flags(9, true),
            Gate(10));

        Assert.Equal((RunStage.WalkRun, 1), (picture.Running.Stage, picture.Running.Phase!.Number));
    }

    [Fact]
    public void WithoutAPauseProgressIsKept()
    {
        var picture = Diary(Plain, Gate(0), Phase(2, 1), Phase(4, 1), Phase(6, 2));

        Assert.Equal(2, picture.Running.Phase!.Number);
    }

    // 5.11 d-e: a diary from a stopRunning result that was not cleared offers no walk-run phase until the walk test is passed after clearance.
    private static RecoveryStart FromUnclearedStressFracture()
    {
        var result = AssessmentEngine.Default.Evaluate(Answered.Yes(Q.ButtockPain, Q.PainOnImpact));
        Assert.Equal(RunningAdviceKind.StopRunning, result.Running.Advice);
        return RecoveryStart.FromResult(result, ExerciseCatalog.Default, Start);
    }

    [Fact]
    public void StopRunningDiaryStartsAtTheWalkTest()
    {
        var picture = Diary(FromUnclearedStressFracture());

        Assert.Equal(RunStage.Gate, picture.Running.Stage);
    }

    [Fact]
    public void StopRunningDiaryDoesNotCountAWalkTestBeforeClearance()
    {
        var picture = Diary(FromUnclearedStressFracture(), Gate(0), Gate(2));

        Assert.Equal(RunStage.Gate, picture.Running.Stage);
        Assert.Contains("doctor", picture.Running.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void StopRunningDiaryCountsTheWalkTestAfterClearance()
    {
        var picture = Diary(FromUnclearedStressFracture(), Gate(0), Flags(1, true), Gate(2));

        Assert.Equal(RunStage.WalkRun, picture.Running.Stage);
    }

    [Fact]
    public void WalkTestInTheClearanceCheckInItselfDoesNotCount()
    {
        var picture = Diary(FromUnclearedStressFracture(), Gate(0) with { ClinicianCleared = true });

        Assert.Equal(RunStage.Gate, picture.Running.Stage);
    }

    [Fact]
    public void ClearedStressFractureResultStartsAtTheWalkTestWithoutNeedingAnotherClearance()
    {
        var result = AssessmentEngine.Default.Evaluate(Answered.Yes(Q.ButtockPain, Q.PainOnImpact), clinicianCleared: true);
        var start = RecoveryStart.FromResult(result, ExerciseCatalog.Default, Start);

        Assert.Equal(RunStage.Gate, Diary(start).Running.Stage);
        Assert.Equal(RunStage.WalkRun, Diary(start, Gate(0)).Running.Stage);
    }
}
