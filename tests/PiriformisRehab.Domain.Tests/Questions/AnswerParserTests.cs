using System.Text.Json;
using PiriformisRehab.Domain.Questions;
using Q = PiriformisRehab.Domain.Questions.QuestionIds;

namespace PiriformisRehab.Domain.Tests.Questions;

/// <summary>Validation of raw answers: the single path every client's input takes (spec sections 2 and 4).</summary>
public sealed class AnswerParserTests
{
    private static readonly AnswerParser Parser = new(QuestionCatalog.Default);

    private static AnswerParseResult Parse(params (string Id, AnswerInput Input)[] inputs) =>
        Parser.Parse(inputs.Select(x => KeyValuePair.Create(x.Id, x.Input)));

    private static AnswerInput Json(string json)
    {
        using var document = JsonDocument.Parse(json);
        return AnswerInput.FromJson(document.RootElement);
    }

    // The contract's error shape: the answers are refused and the problem is keyed by that one id.
    private static void AssertRejectedFor(string id, AnswerParseResult result)
    {
        Assert.False(result.IsValid);
        Assert.Null(result.Answers);
        Assert.Equal([id], result.Errors.Keys);
        Assert.False(string.IsNullOrWhiteSpace(Assert.Single(result.Errors[id])));
    }

    [Fact]
    public void YesNoAnswerParses()
    {
        var result = Parse((Q.ButtockPain, AnswerInput.Of(true)), (Q.SaddleNumbness, AnswerInput.Of(false)));

        Assert.Empty(result.Errors);
        Assert.Equal(new Answers { ButtockPain = true }, result.Answers);
    }

    // Both ends of every range are allowed.
    [Theory]
    [InlineData(Q.PainNow, 0)]
    [InlineData(Q.PainNow, 10)]
    [InlineData(Q.PainWorst, 10)]
    [InlineData(Q.Age, 10)]
    [InlineData(Q.Age, 110)]
    [InlineData(Q.SittingToleranceMinutes, 0)]
    [InlineData(Q.SittingToleranceMinutes, 600)]
    [InlineData(Q.DurationWeeks, 520)]
    public void WholeNumberInRangeParses(string id, int value)
    {
        var result = Parse((id, AnswerInput.Of(value)));

        Assert.True(result.IsValid);
        Assert.Equal(value, result.Answers!.ValueOf(id));
    }

    [Theory]
    [InlineData(Q.SettleTime, "minutes", SettleTime.Minutes)]
    [InlineData(Q.SettleTime, "hours", SettleTime.Hours)]
    [InlineData(Q.SettleTime, "nextDay", SettleTime.NextDay)]
    public void SettleTimeChoiceParses(string id, string text, SettleTime expected)
    {
        var result = Parse((id, AnswerInput.Of(text)));

        Assert.Equal(expected, result.Answers!.SettleTime);
    }

    [Theory]
    [InlineData("runningPainFree", RunningStatus.RunningPainFree)]
    [InlineData("runningWithPain", RunningStatus.RunningWithPain)]
    [InlineData("stopped", RunningStatus.Stopped)]
    public void RunningStatusChoiceParses(string text, RunningStatus expected)
    {
        var result = Parse((Q.RunningStatus, AnswerInput.Of(text)));

        Assert.Equal(expected, result.Answers!.RunningStatus);
    }

    // Every answer is optional: an explicit null is "not given", which is no for a yes/no.
    [Theory]
    [InlineData(Q.ButtockPain)]
    [InlineData(Q.PainNow)]
    [InlineData(Q.SettleTime)]
    [InlineData(Q.Age)]
    public void ExplicitNullMeansNotGiven(string id)
    {
        var result = Parse((id, AnswerInput.Null));

        Assert.Equal(new Answers(), result.Answers);
    }

    [Fact]
    public void NoInputIsNoAnswers()
    {
        Assert.Equal(Answers.None, Parse().Answers);
    }

    [Fact]
    public void UnknownIdIsRejected()
    {
        AssertRejectedFor("favouriteColour", Parse(("favouriteColour", AnswerInput.Of(true))));
    }

    // Ids are the API contract and matched exactly.
    [Fact]
    public void IdInAnotherCaseIsRejected()
    {
        AssertRejectedFor("ButtockPain", Parse(("ButtockPain", AnswerInput.Of(true))));
    }

    [Theory]
    [InlineData(Q.ButtockPain, "\"yes\"")]
    [InlineData(Q.ButtockPain, "1")]
    [InlineData(Q.SaddleNumbness, "[true]")]
    [InlineData(Q.PainNow, "true")]
    [InlineData(Q.Age, "\"40\"")]
    [InlineData(Q.DurationWeeks, "{}")]
    [InlineData(Q.SettleTime, "1")]
    [InlineData(Q.RunningStatus, "true")]
    public void WrongTypeIsRejected(string id, string json)
    {
        AssertRejectedFor(id, Parse((id, Json(json))));
    }

    [Theory]
    [InlineData(Q.PainNow, 11)]
    [InlineData(Q.PainNow, -1)]
    [InlineData(Q.PainWorst, 11)]
    [InlineData(Q.Age, 9)]
    [InlineData(Q.Age, 111)]
    [InlineData(Q.SittingToleranceMinutes, 601)]
    [InlineData(Q.SittingToleranceMinutes, -1)]
    [InlineData(Q.DurationWeeks, 521)]
    public void OutOfRangeNumberIsRejected(string id, int value)
    {
        AssertRejectedFor(id, Parse((id, AnswerInput.Of(value))));
    }

    // A number too big for an int must not wrap round into range.
    [Fact]
    public void HugeNumberIsRejected()
    {
        AssertRejectedFor(Q.PainNow, Parse((Q.PainNow, new AnswerInput(AnswerInputKind.Number, Integer: 4_294_967_301L))));
    }

    [Fact]
    public void NumberThatIsNotWholeIsRejected()
    {
        AssertRejectedFor(Q.PainNow, Parse((Q.PainNow, new AnswerInput(AnswerInputKind.Number, Integer: null))));
    }

    [Theory]
    [InlineData("4.5")]
    [InlineData("1e400")]
    public void FractionalOrOverflowingJsonNumberIsRejected(string json)
    {
        AssertRejectedFor(Q.PainNow, Parse((Q.PainNow, Json(json))));
    }

    // Choices are the contract's camelCase strings exactly, nothing looser.
    [Theory]
    [InlineData(Q.SettleTime, "Hours")]
    [InlineData(Q.SettleTime, "often")]
    [InlineData(Q.SettleTime, "")]
    [InlineData(Q.RunningStatus, "Stopped")]
    [InlineData(Q.RunningStatus, "minutes")]
    public void UnknownChoiceIsRejected(string id, string text)
    {
        AssertRejectedFor(id, Parse((id, AnswerInput.Of(text))));
    }

    [Fact]
    public void DuplicateIdIsRejected()
    {
        AssertRejectedFor(Q.ButtockPain, Parse((Q.ButtockPain, AnswerInput.Of(true)), (Q.ButtockPain, AnswerInput.Of(true))));
    }

    // A client fixes everything in one round trip, so every problem is reported, not just the first.
    [Fact]
    public void SeveralProblemsAreAllReported()
    {
        var result = Parse(
            ("favouriteColour", AnswerInput.Of(true)),
            (Q.PainNow, AnswerInput.Of(11)),
            (Q.ButtockPain, AnswerInput.Of("yes")),
            (Q.WorseSitting, AnswerInput.Of(true)),
            (Q.SettleTime, AnswerInput.Of("often")));

        Assert.Null(result.Answers);
        Assert.Equal(
            [Q.ButtockPain, "favouriteColour", Q.PainNow, Q.SettleTime],
            result.Errors.Keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("null", AnswerInputKind.Null)]
    [InlineData("true", AnswerInputKind.Bool)]
    [InlineData("false", AnswerInputKind.Bool)]
    [InlineData("\"x\"", AnswerInputKind.String)]
    [InlineData("7", AnswerInputKind.Number)]
    [InlineData("1.5", AnswerInputKind.Number)]
    [InlineData("1e400", AnswerInputKind.Number)]
    [InlineData("[1]", AnswerInputKind.Other)]
    [InlineData("{}", AnswerInputKind.Other)]
    public void FromJsonReadsEveryValueKindWithoutThrowing(string json, AnswerInputKind expected)
    {
        var input = default(AnswerInput);
        var exception = Record.Exception(() => input = Json(json));

        Assert.Null(exception);
        Assert.Equal(expected, input.Kind);
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("false", false)]
    public void FromJsonKeepsTheYesNoValue(string json, bool expected)
    {
        Assert.Equal(expected, Json(json).Bool);
    }

    [Theory]
    [InlineData("7", 7L)]
    [InlineData("-3", -3L)]
    [InlineData("1.5", null)]
    [InlineData("1e400", null)]
    public void FromJsonKeepsOnlyWholeNumbers(string json, long? expected)
    {
        Assert.Equal(expected, Json(json).Integer);
    }

    [Fact]
    public void FromJsonKeepsTheText()
    {
        Assert.Equal("x", Json("\"x\"").Text);
    }

    // A default JsonElement (Undefined) is the one kind JsonDocument never produces; it must not throw either.
    [Fact]
    public void FromJsonReadsAnUndefinedElementAsOther()
    {
        Assert.Equal(AnswerInputKind.Other, AnswerInput.FromJson(default).Kind);
    }
}
