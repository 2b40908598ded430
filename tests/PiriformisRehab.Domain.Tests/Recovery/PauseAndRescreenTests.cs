using PiriformisRehab.Domain.Plans;
using PiriformisRehab.Domain.Recovery;
using PiriformisRehab.Domain.Rules;
using static PiriformisRehab.Domain.Tests.Infrastructure.Diary;
using PiriformisRehab.Domain.Tests.Infrastructure;

namespace PiriformisRehab.Domain.Tests.Recovery;

/// <summary>Every check-in re-screens for red flags; a red flag pauses the plan until a doctor clears it.</summary>
public sealed class PauseAndRescreenTests
{
    [Theory]
    [InlineData("saddleNumbness", Triage.Emergency)]
    [InlineData("bladderBowelChange", Triage.Emergency)]
    [InlineData("bothLegsSymptoms", Triage.Emergency)]
    [InlineData("feverOrUnwell", Triage.Urgent)]
    [InlineData("painOnImpact", Triage.Urgent)]
    [InlineData("nightPainUnrelenting", Triage.Urgent)]
    public void RescreenGivesTheSelfChecksTriageAndAdvice(string yes, Triage expected)
    {
        var rescreen = RedFlagRescreen.Evaluate([yes]);

        Assert.Equal(expected, rescreen.Triage);
        Assert.Equal(TriageRules.AdviceFor(expected), rescreen.Advice);
        Assert.Contains(rescreen.Flags, f => f.QuestionIds.Contains(yes));
    }

    [Fact]
    public void EmergencyFlagComesFirstWhenBothLevelsAreReported()
    {
        var rescreen = RedFlagRescreen.Evaluate(["unexplainedWeightLoss", "saddleNumbness"]);

        Assert.Equal((Triage.Emergency, "saddleNumbness"), (rescreen.Triage, rescreen.Flags[0].Id));
    }

    [Fact]
    public void NothingNewIsNoRedFlag()
    {
        Assert.False(RedFlagRescreen.Evaluate([]).HasRedFlag);
    }

    [Fact]
    public void RedFlagPausesThePlan()
    {
        var picture = Evaluate(Exercises(0), Flags(2, yes: "saddleNumbness"));

        Assert.True(picture.Paused);
        Assert.Equal(Triage.Emergency, picture.PauseReason!.Triage);
    }

    [Fact]
    public void MilderSignLaterDoesNotHideAnUnclearedEmergency()
    {
        var picture = Evaluate(Flags(0, yes: "saddleNumbness"), Flags(2, yes: "unexplainedWeightLoss"));

        Assert.Equal(Triage.Emergency, picture.PauseReason!.Triage);
        Assert.Equal(["saddleNumbness", "unexplainedWeightLoss"], picture.PauseReason.Flags.Select(f => f.Id));
        Assert.Equal(TriageRules.AdviceFor(Triage.Emergency), picture.PauseReason.Advice);
    }

    [Fact]
    public void SignsReportedAfterAClearanceStartANewPause()
    {
        var picture = Evaluate(Flags(0, yes: "saddleNumbness"), Flags(1, cleared: true), Flags(2, yes: "unexplainedWeightLoss"));

        Assert.Equal((Triage.Urgent, 1), (picture.PauseReason!.Triage, picture.PauseReason.Flags.Count));
    }

    [Fact]
    public void ClearanceLoggedBeforeABackdatedRedFlagDoesNotLiftIt()
    {
        // Logged first: a day-10 check-in with the doctor box ticked. Logged second: a day-9 saddle numbness.
        var clearance = Flags(10, cleared: true) with { RecordedAt = At(10) };
        var backdated = Flags(9, yes: "saddleNumbness") with { RecordedAt = At(11) };

        Assert.True(Evaluate(clearance, backdated).Paused);
    }

    [Fact]
    public void ClearanceLoggedAfterARedFlagLiftsItWhateverTheSessionDates()
    {
        var flag = Flags(9, yes: "feverOrUnwell") with { RecordedAt = At(9) };
        var clearance = Flags(8, cleared: true) with { RecordedAt = At(10) };

        Assert.False(Evaluate(flag, clearance).Paused);
    }

    [Fact]
    public void IdThatIsNoLongerASafetyQuestionDoesNotHideTheOthers()
    {
        var rescreen = RedFlagRescreen.Evaluate(["saddleNumbness", "aRenamedQuestion"]);

        Assert.Equal(Triage.Emergency, rescreen.Triage);
    }

    [Fact]
    public void LaterCheckInWithoutRedFlagsStaysPausedUntilADoctorClearsIt()
    {
        Assert.True(Evaluate(Flags(0, yes: "feverOrUnwell"), Exercises(2)).Paused);
    }

    [Fact]
    public void DoctorsClearanceAtACheckInWithoutRedFlagsResumesThePlan()
    {
        Assert.False(Evaluate(Flags(0, yes: "feverOrUnwell"), Flags(2, cleared: true)).Paused);
    }

    [Fact]
    public void ClearanceTickedWhileStillReportingARedFlagKeepsThePlanPaused()
    {
        Assert.True(Evaluate(Flags(0, cleared: true, yes: "feverOrUnwell")).Paused);
    }

    [Fact]
    public void SessionsWhilePausedDoNotMoveTheLadder()
    {
        var picture = Evaluate(Flags(0, yes: "feverOrUnwell"), Exercises(1), Exercises(2));

        Assert.Equal("clamshell", picture.Ladders.Single().Current.Id);
    }

    [Fact]
    public void SessionsAfterClearanceMoveTheLadderAgain()
    {
        var picture = Evaluate(Flags(0, yes: "feverOrUnwell"), Flags(1, cleared: true), Exercises(2), Exercises(3));

        Assert.Equal("sideLyingHipAbduction", picture.Ladders.Single().Current.Id);
    }

    [Fact]
    public void RedFlagRaisesThePhysiosTopConcern()
    {
        var picture = Evaluate(Exercises(0), Flags(2, yes: "progressiveWeakness"));

        Assert.Equal(ConcernKind.RedFlag, picture.Concerns[0].Kind);
    }

    [Fact]
    public void PlanStartsFromTheSelfChecksPlanAndSkipsWhatItHeldBack()
    {
        // A likely gluteal tendinopathy holds back the exercises that load the gluteal tendons.
        var answers = new Domain.Questions.Answers { ButtockPain = true, OuterHipPain = true, PainNow = 3, PainWorst = 4, SettleTime = Domain.Questions.SettleTime.Minutes };
        var result = AssessmentEngine.Default.Evaluate(answers);
        var held = ExerciseCatalog.Default.Categories.SelectMany(c => c.Exercises).Where(e => e.AvoidWhenLikely.Contains(DifferentialId.GluteTendinopathy)).Select(e => e.Id).ToList();

        var start = RecoveryStart.FromResult(result, ExerciseCatalog.Default, Start);

        Assert.Contains(result.Differentials, d => d.Id == DifferentialId.GluteTendinopathy && d.Strength == Strength.Likely);
        Assert.NotEmpty(held);
        Assert.All(held, id => Assert.Contains(id, start.Skip));
        // A category whose every starting exercise was held back is not followed: the plan says to ask a physio first.
        Assert.Equal(result.Plan.Categories.Where(c => c.Exercises.Count > 0).Select(c => c.Id).Order(), start.StartStages.Keys.Order());
    }

    private static DateTimeOffset At(int day) => new(Day(day).ToDateTime(new TimeOnly(8, 0)), TimeSpan.Zero);

    private static RecoveryPicture Evaluate(params CheckIn[] checkIns) =>
        RecoveryEngine.Default.Evaluate(RecoveryStarts.GlutesAt(1), checkIns, Day(10));
}
