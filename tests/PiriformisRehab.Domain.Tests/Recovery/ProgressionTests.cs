using PiriformisRehab.Domain.Plans;
using PiriformisRehab.Domain.Recovery;
using static PiriformisRehab.Domain.Tests.Infrastructure.Diary;

namespace PiriformisRehab.Domain.Tests.Recovery;

/// <summary>The exercise ladders: up after two good sessions in a row, down a stage on a flare-up.</summary>
public sealed class ProgressionTests
{
    private static readonly ExerciseCategory Glutes = ExerciseCatalog.Default[CategoryId.GluteActivation];
    private static readonly HashSet<string> NoSkip = [];

    [Theory]
    [InlineData(0, MorningAfter.Better, 4, SessionVerdict.Good)]
    [InlineData(3, MorningAfter.Same, 6, SessionVerdict.Good)]
    [InlineData(4, MorningAfter.Same, 6, SessionVerdict.Hold)]
    [InlineData(2, MorningAfter.Same, 7, SessionVerdict.Hold)]
    [InlineData(0, MorningAfter.Worse, 4, SessionVerdict.FlareUp)]
    [InlineData(9, MorningAfter.Worse, 9, SessionVerdict.FlareUp)]
    public void SessionIsJudgedOnExercisePainMorningAfterAndIrritability(int exercisePain, MorningAfter morning, int worst, SessionVerdict expected)
    {
        Assert.Equal(expected, ProgressionRules.Judge(Exercises(0, exercisePain, morning, worst), Glutes));
    }

    [Fact]
    public void SessionWithoutThisCategorysExercisesDoesNotCount()
    {
        Assert.Equal(SessionVerdict.NotDone, ProgressionRules.Judge(Exercises(0, done: "foamRollerGlute"), Glutes));
    }

    // Each letter is one session: G good, H held (pain above 3), F flare-up, N category not done.
    [Theory]
    [InlineData(1, "", "clamshell", StepDecision.Start)]
    [InlineData(1, "G", "clamshell", StepDecision.Hold)]
    [InlineData(1, "GG", "sideLyingHipAbduction", StepDecision.Up)]
    [InlineData(1, "GHG", "clamshell", StepDecision.Hold)]
    [InlineData(1, "GNG", "sideLyingHipAbduction", StepDecision.Up)]
    [InlineData(1, "GGGG", "gluteBridge", StepDecision.Up)]
    [InlineData(3, "F", "sideLyingHipAbduction", StepDecision.Down)]
    [InlineData(3, "FF", "clamshell", StepDecision.Down)]
    [InlineData(1, "F", "clamshell", StepDecision.Down)]
    [InlineData(1, "GGF", "clamshell", StepDecision.Down)]
    [InlineData(3, "FG", "sideLyingHipAbduction", StepDecision.Hold)]
    [InlineData(3, "FGG", "gluteBridge", StepDecision.Up)]
    [InlineData(7, "GG", "sidePlank", StepDecision.Hold)]
    [InlineData(2, "GGGGGGGGGGGG", "sidePlank", StepDecision.Hold)]
    public void LadderFollowsTheSessions(int startStage, string sessions, string expectedCurrent, StepDecision expectedDecision)
    {
        var position = ProgressionRules.Follow(Glutes, startStage, NoSkip, Sessions(sessions));

        Assert.Equal((expectedCurrent, expectedDecision), (position.Current.Id, position.LastDecision));
    }

    [Fact]
    public void EasierExercisesGoingWellDoNotMoveTheLadderUp()
    {
        var position = ProgressionRules.Follow(Glutes, 3, NoSkip, [Exercises(0, done: "clamshell"), Exercises(2, done: "clamshell")]);

        Assert.Equal(("gluteBridge", StepDecision.Start), (position.Current.Id, position.LastDecision));
    }

    [Fact]
    public void SessionsThatIncludeTheCurrentStageMoveTheLadderUp()
    {
        var position = ProgressionRules.Follow(Glutes, 3, NoSkip, [Exercises(0, done: ["clamshell", "gluteBridge"]), Exercises(2, done: "gluteBridge")]);

        Assert.Equal("singleLegBridge", position.Current.Id);
    }

    [Fact]
    public void FlareUpAfterAnEasierExerciseStillDropsBack()
    {
        var position = ProgressionRules.Follow(Glutes, 3, NoSkip, [Exercises(0, morning: MorningAfter.Worse, done: "clamshell")]);

        Assert.Equal("sideLyingHipAbduction", position.Current.Id);
    }

    [Fact]
    public void TwoGoodEntriesForTheSameDayAreOneSession()
    {
        var position = ProgressionRules.Follow(Glutes, 1, NoSkip, [Exercises(0), Exercises(0)]);

        Assert.Equal(("clamshell", 1), (position.Current.Id, position.GoodSessionsInARow));
    }

    [Fact]
    public void LadderWhoseEveryExerciseIsSkippedIsNotFollowed()
    {
        var all = Glutes.Exercises.Select(e => e.Id).ToHashSet();
        var start = new RecoveryStart(new Dictionary<CategoryId, int> { [CategoryId.GluteActivation] = 1 }, all, Start);

        Assert.Empty(RecoveryEngine.Default.Evaluate(start, [], Start).Ladders);
    }

    [Fact]
    public void NextStageIsTheOneAboveTheCurrent()
    {
        var position = ProgressionRules.Follow(Glutes, 3, NoSkip, []);

        Assert.Equal(("gluteBridge", "singleLegBridge"), (position.Current.Id, position.Next!.Id));
    }

    [Fact]
    public void TopOfTheLadderHasNoNextStage()
    {
        Assert.Null(ProgressionRules.Follow(Glutes, 7, NoSkip, []).Next);
    }

    [Fact]
    public void HeldBackExerciseIsSkippedWhenMovingUp()
    {
        var position = ProgressionRules.Follow(Glutes, 1, new HashSet<string> { "sideLyingHipAbduction" }, Sessions("GG"));

        Assert.Equal("gluteBridge", position.Current.Id);
    }

    [Fact]
    public void MovingUpSaysWhy()
    {
        var position = ProgressionRules.Follow(Glutes, 1, NoSkip, Sessions("GG"));

        Assert.Contains("3/10", position.Reason, StringComparison.Ordinal);
        Assert.Contains("next morning", position.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void HighWorstPainHoldsAndSaysSo()
    {
        var position = ProgressionRules.Follow(Glutes, 1, NoSkip, [Exercises(0, 1, MorningAfter.Same, 8)]);

        Assert.Equal(StepDecision.Hold, position.LastDecision);
        Assert.Contains("8/10", position.Reason, StringComparison.Ordinal);
    }

    // Each session does the whole glute ladder, so the current stage is always among them.
    private static readonly string[] AllGlutes = [.. Glutes.Exercises.Select(e => e.Id)];

    internal static List<CheckIn> Sessions(string letters) =>
        letters.Select((letter, day) => letter switch
        {
            'G' => Exercises(day, 2, MorningAfter.Same, done: AllGlutes),
            'H' => Exercises(day, 5, MorningAfter.Same, done: AllGlutes),
            'F' => Exercises(day, 2, MorningAfter.Worse, done: AllGlutes),
            _ => Exercises(day, 2, MorningAfter.Same, done: "foamRollerGlute"),
        }).ToList();
}
