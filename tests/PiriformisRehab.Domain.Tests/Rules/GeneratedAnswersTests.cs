using PiriformisRehab.Domain.Questions;
using PiriformisRehab.Domain.Rules;
using PiriformisRehab.Domain.Tests.Infrastructure;

namespace PiriformisRehab.Domain.Tests.Rules;

/// <summary>Properties that hold for every answer set, checked over 5,000 seeded random sets.</summary>
public sealed class GeneratedAnswersTests
{
    private static readonly Lazy<IReadOnlyList<(Answers Answers, AssessmentResult Result)>> Evaluated = new(() =>
        [.. GeneratedAnswers.All.Select(a => (a, AssessmentEngine.Default.Evaluate(a)))]);

    private static IReadOnlyList<(Answers Answers, AssessmentResult Result)> Cases => Evaluated.Value;

    [Fact]
    public void EvaluateNeverThrows()
    {
        foreach (var answers in GeneratedAnswers.All)
        {
            Assert.Null(Record.Exception(() => AssessmentEngine.Default.Evaluate(answers)));
            Assert.Null(Record.Exception(() => AssessmentEngine.Default.Evaluate(answers, clinicianCleared: true)));
        }
    }

    [Fact]
    public void ScoreStaysWithinZeroToOneHundred()
    {
        Assert.All(Cases, c => Assert.InRange(c.Result.Likelihood.Score, 0, 100));
    }

    [Fact]
    public void EmergencyAndUrgentAlwaysWithholdThePlan()
    {
        var flagged = Cases.Where(c => c.Result.Triage is Triage.Emergency or Triage.Urgent).ToList();

        Assert.NotEmpty(flagged);
        Assert.All(flagged, c =>
        {
            Assert.True(c.Result.Plan.Withheld);
            Assert.Empty(c.Result.Plan.Categories);
        });
    }

    // A reason must never quote an answer the runner did not give.
    [Fact]
    public void EveryLikelihoodReasonNamesAYesAnswer()
    {
        Assert.All(Cases, c => Assert.All(c.Result.Likelihood.Reasons, r => Assert.True(c.Answers.ValueOf(r.QuestionId) is true, r.QuestionId)));
    }

    [Fact]
    public void EveryRedFlagQuestionIdNamesAYesAnswer()
    {
        Assert.All(Cases, c => Assert.All(c.Result.RedFlags.SelectMany(f => f.QuestionIds), id => Assert.True(c.Answers.ValueOf(id) is true, id)));
    }

    [Fact]
    public void EveryDifferentialQuestionIdNamesAYesAnswer()
    {
        Assert.All(Cases, c => Assert.All(c.Result.Differentials.SelectMany(d => d.QuestionIds), id => Assert.True(c.Answers.ValueOf(id) is true, id)));
    }

    [Fact]
    public void TriageIsEmergencyExactlyWhenAFlagIsAnEmergency()
    {
        Assert.All(Cases, c => Assert.Equal(
            c.Result.RedFlags.Any(f => f.Level == ConcernLevel.Emergency),
            c.Result.Triage == Triage.Emergency));
    }

    // Guards the properties above against passing vacuously: the generator must reach every level.
    [Fact]
    public void GeneratorReachesEveryTriageLevel()
    {
        Assert.Equal(Enum.GetValues<Triage>(), Cases.Select(c => c.Result.Triage).Distinct().Order());
    }

    // The generator's own contract: yes/no answers 20-30% yes, numbers and choices given about half the time.
    [Fact]
    public void GeneratorAnswersYesTwentyToThirtyPercentOfTheTime()
    {
        var bools = GeneratedAnswers.All.SelectMany(a => a.GivenValues().Select(v => v.Value)).Count(v => v is true);

        Assert.InRange(bools / (GeneratedAnswers.Count * 28.0), 0.20, 0.30);
    }

    [Fact]
    public void GeneratorGivesNumbersAndChoicesAboutHalfTheTime()
    {
        var given = GeneratedAnswers.All.SelectMany(a => a.GivenValues().Select(v => v.Value)).Count(v => v is not bool);

        Assert.InRange(given / (GeneratedAnswers.Count * 7.0), 0.45, 0.55);
    }
}
