using PiriformisRehab.Domain.BodyMap;

namespace PiriformisRehab.Domain.Tests.BodyMap;

/// <summary>
/// How a place's tick and its question combine (ADR-015, clinical-basis 19). An untouched place is
/// never "no": only "None of these places" answers No, and only for a question left blank.
/// </summary>
public sealed class BodyMapAnswersTests
{
    private const string Yes = "true";
    private const string No = "false";
    private const string NotSure = "notSure";

    /// <summary>previous, posted, ticked, none, kept value, conflict.</summary>
    public static TheoryData<string?, string?, bool, bool, string?, BodyMapConflict?> Cases => new()
    {
        // A tick answers Yes, alone or with Yes.
        { null, null, true, false, Yes, null },
        { null, Yes, true, false, Yes, null },
        { No, null, true, false, Yes, null },
        // A tick against the runner's own No or Not sure is asked again, never guessed.
        { null, No, true, false, null, BodyMapConflict.TickedButAnswered },
        { null, NotSure, true, false, null, BodyMapConflict.TickedButAnswered },
        { No, No, true, false, null, BodyMapConflict.TickedButAnswered },
        // Shown ticked and left so, the question changed to No or Not sure: the change wins.
        { Yes, No, true, false, No, null },
        { Yes, NotSure, true, false, NotSure, null },
        { Yes, Yes, true, false, Yes, null },
        // Untouched and unanswered stays unanswered: never read as no.
        { null, null, false, false, null, null },
        { No, null, false, false, null, null },
        // Untouched: the question's own answer stands.
        { null, No, false, false, No, null },
        { null, NotSure, false, false, NotSure, null },
        { No, Yes, false, false, Yes, null },
        { null, Yes, false, false, Yes, null },
        // Shown ticked, unticked, question still Yes: "not here" is not "no", so ask.
        { Yes, Yes, false, false, null, BodyMapConflict.UntickedButYes },
        { Yes, No, false, false, No, null },
        // "None of these places": blanks become No, the runner's own answers stay, a Yes is asked again.
        { null, null, false, true, No, null },
        { null, No, false, true, No, null },
        { null, NotSure, false, true, NotSure, null },
        { null, Yes, false, true, null, BodyMapConflict.NoneButYes },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void ATickAndItsQuestionCombineIntoOneAnswer(string? previous, string? posted, bool ticked, bool none, string? expected, BodyMapConflict? conflict)
    {
        var answer = BodyMapAnswers.Resolve(previous, posted, ticked, none);

        Assert.Equal(expected, answer.Value);
        Assert.Equal(conflict, answer.Conflict);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void NoCombinationReadsAPlaceAsNoUnlessTheRunnerSaidNo(string? previous, string? posted, bool ticked, bool none, string? expected, BodyMapConflict? conflict)
    {
        _ = expected;
        _ = conflict;
        var answer = BodyMapAnswers.Resolve(previous, posted, ticked, none);

        if (answer.Value == No)
        {
            Assert.True(posted == No || none, "A No came from neither the question nor \u201cNone of these places\u201d.");
        }
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData(null, true)]
    [InlineData("on", false)]
    [InlineData("", false)]
    [InlineData("false", false)]
    [InlineData("\ud800", false)]
    public void OnlyTheValueATickedBoxSendsIsWellFormed(string? value, bool wellFormed) =>
        Assert.Equal(wellFormed, BodyMapAnswers.IsWellFormed(value));
}
