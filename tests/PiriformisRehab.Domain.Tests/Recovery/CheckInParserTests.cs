using PiriformisRehab.Domain.Recovery;
using F = PiriformisRehab.Domain.Recovery.CheckInFields;

namespace PiriformisRehab.Domain.Tests.Recovery;

/// <summary>Every check-in field is checked, every problem is reported by field, and nothing throws.</summary>
public sealed class CheckInParserTests
{
    private static readonly DateOnly Today = new(2026, 3, 20);

    private static CheckInInput Valid() => new()
    {
        SessionDate = "2026-03-19",
        PainNow = "3",
        PainWorst = "5",
        MorningAfter = "same",
        ExercisePain = "2",
        SittingMinutes = "40",
        ExercisesDone = ["clamshell", "gluteBridge"],
        AnythingNew = "no",
    };

    [Fact]
    public void ValidCheckInParsesEveryValue()
    {
        var result = CheckInParser.Default.Parse(Valid(), Today);

        Assert.True(result.IsValid);
        var c = result.CheckIn!;
        Assert.Equal((new DateOnly(2026, 3, 19), 3, 5, MorningAfter.Same, 2, 40), (c.SessionDate, c.PainNow, c.PainWorst, c.MorningAfter, c.ExercisePain, c.SittingMinutes));
        Assert.Equal(["clamshell", "gluteBridge"], c.ExercisesDone);
        Assert.Equal(RunActivity.None, c.Activity);
    }

    [Fact]
    public void PainScoresAloneAreAValidCheckIn()
    {
        var result = CheckInParser.Default.Parse(new CheckInInput { SessionDate = "2026-03-20", PainNow = "0", PainWorst = "0", AnythingNew = "no" }, Today);

        Assert.True(result.IsValid);
        Assert.False(result.CheckIn!.HadSession);
    }

    [Theory]
    [InlineData(F.SessionDate, "")]
    [InlineData(F.SessionDate, "19/03/2026")]
    [InlineData(F.SessionDate, "2026-02-30")]
    [InlineData(F.SessionDate, "2026-03-22")]
    [InlineData(F.SessionDate, "2025-03-19")]
    [InlineData(F.PainNow, "")]
    [InlineData(F.PainNow, "11")]
    [InlineData(F.PainNow, "-1")]
    [InlineData(F.PainNow, "2.5")]
    [InlineData(F.PainNow, "abc")]
    [InlineData(F.PainWorst, "")]
    [InlineData(F.PainWorst, "2")]
    [InlineData(F.MorningAfter, "")]
    [InlineData(F.MorningAfter, "fine")]
    [InlineData(F.ExercisePain, "")]
    [InlineData(F.ExercisePain, "12")]
    [InlineData(F.SittingMinutes, "721")]
    [InlineData(F.SittingMinutes, "-5")]
    [InlineData(F.Activity, "swim")]
    [InlineData(F.Note, "long")]
    public void BadValueIsReportedAgainstItsField(string field, string value)
    {
        var input = Valid();
        switch (field)
        {
            case F.SessionDate: input.SessionDate = value; break;
            case F.PainNow: input.PainNow = value; break;
            case F.PainWorst: input.PainWorst = value; break;
            case F.MorningAfter: input.MorningAfter = value; break;
            case F.ExercisePain: input.ExercisePain = value; break;
            case F.SittingMinutes: input.SittingMinutes = value; break;
            case F.Activity: input.Activity = value; break;
            case F.Note: input.Note = new string('x', F.MaxNoteLength + 1); break;
        }

        var result = CheckInParser.Default.Parse(input, Today);

        Assert.Null(result.CheckIn);
        Assert.Equal([field], result.Errors.Keys);
    }

    [Theory]
    [InlineData("walkRun", "", "3", F.WalkRunPhase)]
    [InlineData("walkRun", "0", "3", F.WalkRunPhase)]
    [InlineData("walkRun", "8", "3", F.WalkRunPhase)]
    [InlineData("walkRun", "2", "", F.RunPain)]
    [InlineData("walkRun", "2", "11", F.RunPain)]
    [InlineData("continuousRun", "", "", F.RunMinutes)]
    [InlineData("briskWalk", "", "0", F.RunMinutes)]
    public void RunWithoutItsDetailsIsReportedAgainstTheMissingField(string activity, string phase, string runPain, string field)
    {
        var input = Valid();
        input.Activity = activity;
        input.WalkRunPhase = phase;
        input.RunPain = runPain;
        if (field != F.RunMinutes)
        {
            input.RunMinutes = "30";
        }
        else
        {
            input.RunPain = "2";
        }

        var result = CheckInParser.Default.Parse(input, Today);

        Assert.Contains(field, result.Errors.Keys);
        Assert.Null(result.CheckIn);
    }

    [Fact]
    public void WalkRunPhaseTakesItsRunningMinutesFromThePlan()
    {
        var input = Valid();
        input.Activity = "walkRun";
        input.WalkRunPhase = "2";
        input.RunPain = "3";

        var c = CheckInParser.Default.Parse(input, Today).CheckIn!;

        Assert.Equal((RunActivity.WalkRun, 2, WalkRunPlan.Default.Phases[1].RunMinutes, 3), (c.Activity, c.WalkRunPhase, c.RunMinutes, c.RunPain));
    }

    [Fact]
    public void MorningAfterWithoutASessionIsRejected()
    {
        var input = new CheckInInput { SessionDate = "2026-03-20", PainNow = "3", PainWorst = "4", MorningAfter = "worse", AnythingNew = "no" };

        Assert.Equal([F.MorningAfter], CheckInParser.Default.Parse(input, Today).Errors.Keys);
    }

    // The wire names are read back from the database and the CSV: every value must round-trip.
    [Fact]
    public void EveryChoiceRoundTripsThroughItsWireName()
    {
        Assert.All(Enum.GetValues<MorningAfter>(), m => Assert.Equal(m, Choices.Morning(Choices.Of(m))));
        Assert.All(Enum.GetValues<RunActivity>(), a => Assert.Equal(a, Choices.Activity(Choices.Of(a))));
    }

    [Fact]
    public void UnknownExerciseIsRejected()
    {
        var input = Valid();
        input.ExercisesDone = ["clamshell", "<script>"];

        Assert.Equal([F.ExercisesDone], CheckInParser.Default.Parse(input, Today).Errors.Keys);
    }

    [Fact]
    public void QuestionOutsideTheSafetyScreenIsNotARedFlag()
    {
        var input = Valid();
        input.RedFlags = ["buttockPain"];

        Assert.Equal([F.RedFlags], CheckInParser.Default.Parse(input, Today).Errors.Keys);
    }

    [Fact]
    public void ExercisePainWithoutExercisesIsRejected()
    {
        var input = Valid();
        input.ExercisesDone = [];
        input.MorningAfter = null;

        Assert.Equal([F.ExercisePain], CheckInParser.Default.Parse(input, Today).Errors.Keys);
    }

    [Theory]
    [InlineData(F.RunPain)]
    [InlineData(F.RunMinutes)]
    [InlineData(F.WalkRunPhase)]
    public void WalkOrRunDetailsWithoutAWalkOrRunAreRejected(string field)
    {
        var input = Valid();
        input.RunPain = field == F.RunPain ? "4" : null;
        input.RunMinutes = field == F.RunMinutes ? "20" : null;
        input.WalkRunPhase = field == F.WalkRunPhase ? "2" : null;

        Assert.Equal([field], CheckInParser.Default.Parse(input, Today).Errors.Keys);
    }

    // The server knows only the UTC date; east of UTC the runner's today is already tomorrow.
    [Fact]
    public void TomorrowInUtcIsAcceptedForRunnersAheadOfUtc()
    {
        var input = Valid();
        input.SessionDate = "2026-03-21";

        Assert.True(CheckInParser.Default.Parse(input, Today).IsValid);
    }

    [Fact]
    public void EveryProblemIsReportedAtOnce()
    {
        var input = new CheckInInput { SessionDate = "x", PainNow = "x", PainWorst = "x", SittingMinutes = "x", AnythingNew = "no" };

        Assert.Equal(4, CheckInParser.Default.Parse(input, Today).Errors.Count);
    }

    [Fact]
    public void RepeatedIdsAreKeptOnceAndTheNoteIsTrimmed()
    {
        var input = Valid();
        input.ExercisesDone = ["clamshell", "clamshell"];
        input.RedFlags = ["feverOrUnwell", "feverOrUnwell"];
        input.AnythingNew = "yes";
        input.Note = "  felt stiff  ";

        var c = CheckInParser.Default.Parse(input, Today).CheckIn!;

        Assert.Equal((1, 1, "felt stiff"), (c.ExercisesDone.Count, c.RedFlagAnswers.Count, c.Note));
    }

    [Fact]
    public void AnythingNewLeftUnansweredIsAnError()
    {
        var input = Valid();
        input.AnythingNew = null;

        var result = CheckInParser.Default.Parse(input, Today);

        Assert.Contains(F.AnythingNew, result.Errors.Keys);
    }

    [Fact]
    public void ATickedSignAnswersAnythingNewOnItsOwn()
    {
        var input = Valid();
        (input.AnythingNew, input.RedFlags) = (null, ["bladderBowelChange"]);

        var result = CheckInParser.Default.Parse(input, Today);

        Assert.True(result.IsValid);
    }

    [Fact]
    public void NoBesideATickedSignIsAnErrorButTheSignIsStillRead()
    {
        var input = Valid();
        (input.AnythingNew, input.RedFlags) = ("no", ["bladderBowelChange"]);

        var result = CheckInParser.Default.Parse(input, Today);

        Assert.Contains(F.AnythingNew, result.Errors.Keys);
        Assert.Equal(["bladderBowelChange"], result.WarningSigns);
    }

    [Fact]
    public void YesWithNothingTickedAsksWhatIsNew()
    {
        var input = Valid();
        input.AnythingNew = "yes";

        var result = CheckInParser.Default.Parse(input, Today);

        Assert.Contains(F.RedFlags, result.Errors.Keys);
    }

    [Fact]
    public void AWarningSignIsReadEvenWhenEveryOtherFieldIsWrong()
    {
        var input = new CheckInInput { SessionDate = "x", PainNow = "x", PainWorst = "x", ExercisePain = "x", RedFlags = ["saddleNumbness"] };

        var result = CheckInParser.Default.Parse(input, Today);

        Assert.False(result.IsValid);
        Assert.Equal(["saddleNumbness"], result.WarningSigns);
    }
}
