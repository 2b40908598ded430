using PiriformisRehab.Domain.Recovery;
using PiriformisRehab.Domain.Tests.Infrastructure;
using static PiriformisRehab.Domain.Tests.Infrastructure.Diary;

namespace PiriformisRehab.Domain.Tests.Recovery;

/// <summary>Spec 5.11 a, f, g: signs reported alone pause, only the physio lifts a programme's pause, and a runner sees their own alerts.</summary>
public sealed class PhysioPauseAndRunnerAlertTests
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);

    private static CheckIn At(CheckIn c, int minutes) => c with { RecordedAt = T0.AddMinutes(minutes) };

    private static WarningSignReport Sign(int minutes, params string[] yes) => new(T0.AddMinutes(minutes), Day(0), yes);

    [Fact]
    public void AWarningSignReportedAlonePausesThePlan()
    {
        var pause = PauseRules.FollowAll([At(Exercises(0), 0)], new DiaryEvents([Sign(5, "bladderBowelChange")], []), PauseLifter.Runner);

        Assert.NotNull(pause.PausedBy);
    }

    [Fact]
    public void InAProgrammeThePatientsClearanceIsRecordedButDoesNotLiftThePause()
    {
        var pause = PauseRules.FollowAll([At(Flags(0, false, "bladderBowelChange"), 0), At(Flags(1, cleared: true), 10)], DiaryEvents.None, PauseLifter.Physio);

        Assert.NotNull(pause.PausedBy);
        Assert.True(pause.ClearanceReported);
    }

    [Fact]
    public void InAProgrammeThePhysiosResumeLiftsThePause()
    {
        var pause = PauseRules.FollowAll([At(Flags(0, false, "bladderBowelChange"), 0)], new DiaryEvents([], [T0.AddMinutes(30)]), PauseLifter.Physio);

        Assert.Null(pause.PausedBy);
        Assert.Equal(1, pause.LiftsNow);
    }

    [Fact]
    public void AResumeNeverLiftsASignReportedAfterIt()
    {
        var pause = PauseRules.FollowAll([At(Flags(0, false, "bladderBowelChange"), 60)], new DiaryEvents([], [T0.AddMinutes(30)]), PauseLifter.Physio);

        Assert.NotNull(pause.PausedBy);
    }

    [Fact]
    public void InASelfDirectedDiaryAPhysioResumeHasNoEffectAndTheRunnersClearanceLifts()
    {
        var checkIns = new[] { At(Flags(0, false, "bladderBowelChange"), 0), At(Flags(1, cleared: true), 10) };

        var pause = PauseRules.FollowAll(checkIns, DiaryEvents.None, PauseLifter.Runner);

        Assert.Null(pause.PausedBy);
        Assert.False(pause.ClearanceReported);
    }

    [Fact]
    public void AClearanceReportedBeforeANewSignDoesNotCoverIt()
    {
        var checkIns = new[] { At(Flags(0, false, "bladderBowelChange"), 0), At(Flags(1, cleared: true), 10), At(Flags(2, false, "feverOrUnwell"), 20) };

        var pause = PauseRules.FollowAll(checkIns, DiaryEvents.None, PauseLifter.Physio);

        Assert.False(pause.ClearanceReported);
    }

    [Fact]
    public void ARunnerWithPainOfSevenIsToldToEaseOffAndWhenToSeeSomeone()
    {
        var picture = RecoveryEngine.Default.Evaluate(RecoveryStarts.GlutesAt(1), [Pain(0, 6, 8)], Day(1));

        var alert = Assert.Single(RunnerAlertRules.For(picture));
        Assert.Equal(RunnerAlertKind.HighPain, alert.Kind);
        Assert.Contains("physiotherapist or doctor", alert.WhatToDo, StringComparison.Ordinal);
    }

    [Fact]
    public void ARunnerWithTwoFlareUpsInARowIsAlerted()
    {
        var picture = RecoveryEngine.Default.Evaluate(RecoveryStarts.GlutesAt(1), [Exercises(0, morning: MorningAfter.Worse), Exercises(2, morning: MorningAfter.Worse)], Day(3));

        Assert.Contains(RunnerAlertRules.For(picture), a => a.Kind == RunnerAlertKind.RepeatedFlareUps);
    }

    [Fact]
    public void AGoodDiaryGivesTheRunnerNoAlert()
    {
        var picture = RecoveryEngine.Default.Evaluate(RecoveryStarts.GlutesAt(1), [Exercises(0), Exercises(2)], Day(3));

        Assert.Empty(RunnerAlertRules.For(picture));
    }
}
