using System.Globalization;
using PiriformisRehab.Domain.Recovery;
using static PiriformisRehab.Domain.Tests.Infrastructure.Diary;

namespace PiriformisRehab.Domain.Tests.Recovery;

/// <summary>The way back to running: readiness test, walk-run phases, then about 10% a week.</summary>
public sealed class ReturnToRunTests
{
    private static readonly WalkRunPlan Plan = WalkRunPlan.Default;

    private static ReturnToRunStatus Follow(params CheckIn[] sessions) => ReturnToRunRules.Follow(sessions, Plan, Day(60));

    private static CheckIn Gate(int day, int minutes = 30, int pain = 0, MorningAfter morning = MorningAfter.Same) =>
        Run(day, RunActivity.BriskWalk, pain, morning, minutes: minutes);

    private static CheckIn Phase(int day, int phase, int pain = 3, MorningAfter morning = MorningAfter.Same) =>
        Run(day, RunActivity.WalkRun, pain, morning, phase);

    [Fact]
    public void EveryoneStartsAtTheReadinessTest()
    {
        Assert.Equal(RunStage.Gate, Follow().Stage);
    }

    [Theory]
    [InlineData(30, 0, MorningAfter.Same, RunStage.WalkRun)]
    [InlineData(45, 0, MorningAfter.Better, RunStage.WalkRun)]
    [InlineData(29, 0, MorningAfter.Same, RunStage.Gate)]
    [InlineData(30, 1, MorningAfter.Same, RunStage.Gate)]
    [InlineData(30, 0, MorningAfter.Worse, RunStage.Gate)]
    public void ReadinessTestNeedsAPainFreeThirtyMinuteWalkThatSettles(int minutes, int pain, MorningAfter morning, RunStage expected)
    {
        Assert.Equal(expected, Follow(Gate(0, minutes, pain, morning)).Stage);
    }

    [Fact]
    public void RunningBeforeTheReadinessTestDoesNotCountAndWarns()
    {
        var status = Follow(Phase(0, 1));

        Assert.Equal(RunStage.Gate, status.Stage);
        Assert.Single(status.Warnings);
    }

    // Runs as day:phase. Each phase counts twice, with a rest day between runs, before the next.
    [Theory]
    [InlineData("2:1", 1, 1, StepDecision.Hold)]
    [InlineData("2:1 4:1", 2, 0, StepDecision.Up)]
    [InlineData("2:1 3:1", 1, 1, StepDecision.Hold)]
    [InlineData("2:1 4:1 6:2", 2, 1, StepDecision.Hold)]
    [InlineData("2:1 4:1 6:2 8:2", 3, 0, StepDecision.Up)]
    [InlineData("2:1 9:1", 2, 0, StepDecision.Up)]
    public void PhaseMovesOnAfterTwoRunsThatCount(string runs, int expectedPhase, int expectedTimes, StepDecision expectedDecision)
    {
        var sessions = runs.Split(' ').Select(r => r.Split(':')).Select(r => Phase(int.Parse(r[0], CultureInfo.InvariantCulture), int.Parse(r[1], CultureInfo.InvariantCulture)));

        var status = Follow([Gate(0), .. sessions]);

        Assert.Equal((expectedPhase, expectedTimes, expectedDecision), (status.Phase!.Number, status.TimesDone, status.LastDecision));
    }

    [Fact]
    public void RunOnTheNextDayDoesNotCountAndAsksForARestDay()
    {
        var status = Follow(Gate(0), Phase(2, 1), Phase(3, 1));

        Assert.Equal(1, status.TimesDone);
        Assert.Contains(status.Warnings, w => w.Contains("rest day", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(5, 2)]
    [InlineData(6, 1)]
    public void RunPainUpToFiveCounts(int pain, int expectedPhase)
    {
        var status = Follow(Gate(0), Phase(2, 1, 3), Phase(4, 1, pain));

        Assert.Equal(expectedPhase, status.Phase!.Number);
    }

    [Fact]
    public void FlareUpAfterARunDropsBackAPhase()
    {
        var status = Follow(Gate(0), Phase(2, 1), Phase(4, 1), Phase(6, 2, 3, MorningAfter.Worse));

        Assert.Equal((1, StepDecision.Down), (status.Phase!.Number, status.LastDecision));
    }

    [Fact]
    public void FlareUpInTheFirstPhaseGoesBackToTheReadinessTest()
    {
        var status = Follow(Gate(0), Phase(2, 1, 3, MorningAfter.Worse));

        Assert.Equal((RunStage.Gate, StepDecision.Down), (status.Stage, status.LastDecision));
    }

    [Fact]
    public void RunPainBuildingWeekToWeekHoldsThePhase()
    {
        // Week one: phase 1 at pain 2 (counted once). Week two: phase 1 at pain 4: higher than the week before.
        var status = Follow(Gate(0), Phase(1, 1, 2), Phase(9, 1, 4));

        Assert.Equal((1, 1), (status.Phase!.Number, status.TimesDone));
        Assert.Contains(status.Warnings, w => w.Contains("week before", StringComparison.Ordinal));
    }

    [Fact]
    public void DoingAPhaseOtherThanTheCurrentOneDoesNotCount()
    {
        var status = Follow(Gate(0), Phase(2, 3));

        Assert.Equal((1, 0), (status.Phase!.Number, status.TimesDone));
        Assert.Single(status.Warnings);
    }

    [Fact]
    public void AfterTheLastPhaseVolumeGrowsAboutTenPercentAWeek()
    {
        var sessions = new List<CheckIn> { Gate(0) };
        var day = 2;
        foreach (var phase in Plan.Phases)
        {
            sessions.Add(Phase(day, phase.Number));
            sessions.Add(Phase(day + 2, phase.Number));
            day += 4;
        }

        // Two 35-minute runs in the last week (days 58 and 60 with today day 60).
        sessions.Add(Run(58, RunActivity.ContinuousRun, 2, minutes: 35));
        sessions.Add(Run(60, RunActivity.ContinuousRun, 2, minutes: 35));

        var status = ReturnToRunRules.Follow(sessions, Plan, Day(60));

        Assert.Equal((RunStage.BuildingVolume, 70, 77), (status.Stage, status.WeekMinutes, status.NextWeekMinutes));
    }

    [Fact]
    public void ContinuousRunBeforeTheLastPhaseDoesNotCountAndWarns()
    {
        var status = Follow(Gate(0), Run(2, RunActivity.ContinuousRun, 2, minutes: 30));

        Assert.Equal((RunStage.WalkRun, 0), (status.Stage, status.TimesDone));
        Assert.Single(status.Warnings);
    }

    [Fact]
    public void ContinuousRunLoggedAtAContinuousPhaseCountsAsThatPhase()
    {
        // Phases 1-5 done twice each, then phase 6 (20 minutes without stopping) logged as two continuous runs.
        var sessions = new List<CheckIn> { Gate(0) };
        for (var p = 1; p <= 5; p++)
        {
            sessions.Add(Phase(p * 4, p));
            sessions.Add(Phase((p * 4) + 2, p));
        }

        sessions.Add(Run(30, RunActivity.ContinuousRun, 2, minutes: 20));
        sessions.Add(Run(32, RunActivity.ContinuousRun, 2, minutes: 22));

        Assert.Equal(7, ReturnToRunRules.Follow(sessions, Plan, Day(32)).Phase!.Number);
    }

    [Fact]
    public void FlareUpAfterAWalkSaysWalkNotRunning()
    {
        var status = Follow(Gate(0), Phase(2, 1), Phase(4, 1), Run(6, RunActivity.BriskWalk, 0, MorningAfter.Worse));

        Assert.Contains("after a walk", status.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ThePhasesGoFromShortRunIntervalsToThirtyMinutesContinuous()
    {
        Assert.True(Plan.Phases.Zip(Plan.Phases.Skip(1)).Take(4).All(p => p.Second.RunMinutes > p.First.RunMinutes));
        Assert.Equal((30, 30), (Plan.Phases[^1].RunMinutes, Plan.Phases[^1].TotalMinutes));
        Assert.Equal((30, 2, 5, 10), (Plan.GateMinutes, Plan.TimesPerPhase, Plan.MaxRunPain, Plan.WeeklyIncreasePercent));
    }
}
