using PiriformisRehab.Domain.Questions;
using PiriformisRehab.Domain.Rules;
using PiriformisRehab.Domain.Tests.Infrastructure;

namespace PiriformisRehab.Domain.Tests.Rules;

/// <summary>Properties that hold for every answer set, checked over 5,000 seeded random sets (v1.1 questions and "not sure" included).</summary>
public sealed class GeneratedAnswersTests
{
    private static readonly Lazy<IReadOnlyList<(Answers Answers, AssessmentResult Result, AssessmentResult Cleared)>> Evaluated = new(() =>
        [.. GeneratedAnswers.All.Select(a => (a, AssessmentEngine.Default.Evaluate(a), AssessmentEngine.Default.Evaluate(a, clinicianCleared: true)))]);

    private static IReadOnlyList<(Answers Answers, AssessmentResult Result, AssessmentResult Cleared)> Cases => Evaluated.Value;

    private static bool IsYes(Answers a, string id) => a.StateOf(id) == BoolAnswer.Yes;

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

    // Any red flag, alone or with anything else, never gives selfCare or routine.
    [Fact]
    public void AnyRedFlagIsEmergencyOrUrgent()
    {
        var flagged = Cases.Where(c => c.Result.RedFlags.Count > 0).ToList();

        Assert.NotEmpty(flagged);
        Assert.All(flagged, c => Assert.True(c.Result.Triage is Triage.Emergency or Triage.Urgent));
    }

    [Fact]
    public void EmergencyAndUrgentAlwaysWithholdThePlanAndStopRunningUncleared()
    {
        var flagged = Cases.Where(c => c.Result.Triage is Triage.Emergency or Triage.Urgent).ToList();

        Assert.NotEmpty(flagged);
        Assert.All(flagged, c =>
        {
            Assert.True(c.Result.Plan.Withheld);
            Assert.Empty(c.Result.Plan.Categories);
            Assert.Equal(RunningAdviceKind.StopRunning, c.Result.Running.Advice);
        });
    }

    // A plan is revealed on a red flag only when cleared, and never on an emergency.
    [Fact]
    public void RedFlagRevealsThePlanOnlyWhenClearedAndNeverOnEmergency()
    {
        Assert.All(Cases.Where(c => c.Result.RedFlags.Count > 0), c => Assert.Equal(c.Cleared.Triage == Triage.Emergency, c.Cleared.Plan.Withheld));
    }

    [Fact]
    public void EmergencyAlwaysStopsRunningEvenWhenCleared()
    {
        Assert.All(Cases.Where(c => c.Cleared.Triage == Triage.Emergency), c => Assert.Equal(RunningAdviceKind.StopRunning, c.Cleared.Running.Advice));
    }

    // Under 16 never gets a plan uncleared.
    [Fact]
    public void UnderSixteenNeverGetsAPlanUncleared()
    {
        var young = Cases.Where(c => c.Answers.Age < 16).ToList();

        Assert.NotEmpty(young);
        Assert.All(young, c =>
        {
            Assert.True(c.Result.Plan.Withheld);
            Assert.True(c.Result.Triage is not Triage.SelfCare);
        });
    }

    [Fact]
    public void WithheldCodeIsSetExactlyWhenThePlanIsWithheld()
    {
        Assert.All(Cases, c =>
        {
            var expected = !c.Result.Plan.Withheld ? (PlanWithheldCode?)null
                : c.Result.Triage == Triage.Emergency ? PlanWithheldCode.Emergency
                : c.Result.Triage == Triage.Urgent ? PlanWithheldCode.Urgent
                : PlanWithheldCode.Under16;
            Assert.Equal(expected, c.Result.Plan.WithheldCode);
        });
    }

    // "Nothing points elsewhere" may be said only when notRuledOut is empty (spec 5.2).
    [Fact]
    public void ResultSayingNothingPointsElsewhereHasAnEmptyNotRuledOut()
    {
        var nothing = Cases.Where(c => c.Result.OtherCauses == AnswerGapRules.NothingElse).ToList();

        Assert.NotEmpty(nothing);
        Assert.All(nothing, c =>
        {
            Assert.Empty(c.Result.NotRuledOut);
            Assert.Empty(c.Result.Differentials);
        });
    }

    [Fact]
    public void NotRuledOutNeverRepeatsARaisedDifferentialAndNamesOnlyOpenQuestions()
    {
        Assert.All(Cases, c =>
        {
            Assert.All(c.Result.NotRuledOut, n =>
            {
                Assert.DoesNotContain(c.Result.Differentials, d => d.Id == n.Id);
                Assert.All(n.QuestionIds, id => Assert.True(c.Result.Unsure.Contains(id) || c.Result.Unanswered.Contains(id), id));
            });
        });
    }

    [Fact]
    public void UnsureNamesExactlyTheNotSureAnswers()
    {
        Assert.All(Cases, c => Assert.All(c.Result.Unsure, id => Assert.Equal(BoolAnswer.NotSure, c.Answers.StateOf(id))));
    }

    // A reason must never quote an answer the runner did not give.
    [Fact]
    public void EveryLikelihoodReasonNamesAYesAnswer()
    {
        Assert.All(Cases, c => Assert.All(c.Result.Likelihood.Reasons, r => Assert.True(IsYes(c.Answers, r.QuestionId), r.QuestionId)));
    }

    [Fact]
    public void EveryRedFlagQuestionIdNamesAYesOrNotSureAnswer()
    {
        Assert.All(Cases, c => Assert.All(c.Result.RedFlags.SelectMany(f => f.QuestionIds),
            id => Assert.True(c.Answers.StateOf(id) is BoolAnswer.Yes or BoolAnswer.NotSure, id)));
    }

    [Fact]
    public void EveryDifferentialQuestionIdNamesAYesAnswer()
    {
        Assert.All(Cases, c => Assert.All(c.Result.Differentials.SelectMany(d => d.QuestionIds), id => Assert.True(IsYes(c.Answers, id), id)));
    }

    [Fact]
    public void EachFlagIdIsReportedOnce()
    {
        Assert.All(Cases, c => Assert.Equal(c.Result.RedFlags.Count, c.Result.RedFlags.Select(f => f.Id).Distinct().Count()));
    }

    [Fact]
    public void TriageIsEmergencyExactlyWhenAFlagIsAnEmergency()
    {
        Assert.All(Cases, c => Assert.Equal(
            c.Result.RedFlags.Any(f => f.Level == ConcernLevel.Emergency),
            c.Result.Triage == Triage.Emergency));
    }

    [Fact]
    public void TriageTimeframeIsTheMostUrgentFlagsOrTheLevelsOwn()
    {
        Assert.All(Cases, c => Assert.Equal(
            c.Result.RedFlags.Count > 0 ? c.Result.RedFlags.Min(f => f.Timeframe) : TriageRules.DefaultTimeframe(c.Result.Triage),
            c.Result.TriageTimeframe));
    }

    [Fact]
    public void SafetyNetIsOnEveryResultThatIsNotAnEmergency()
    {
        Assert.All(Cases, c => Assert.Equal(c.Result.Triage != Triage.Emergency, c.Result.SafetyNet is not null));
    }

    [Fact]
    public void NewDifferentialMakesTriageAtLeastRoutine()
    {
        var raised = Cases.Where(c => c.Result.Differentials.Any(d => DifferentialRules.NeedsReview(d.Id))).ToList();

        Assert.NotEmpty(raised);
        Assert.All(raised, c => Assert.NotEqual(Triage.SelfCare, c.Result.Triage));
    }

    [Fact]
    public void CannotBearWeightAlwaysRaisesBothStressFractures()
    {
        var cases = Cases.Where(c => c.Answers.CannotBearWeight).ToList();

        Assert.NotEmpty(cases);
        Assert.All(cases, c =>
        {
            Assert.Contains(c.Result.Differentials, d => d.Id == DifferentialId.FemoralStressFracture);
            Assert.Contains(c.Result.Differentials, d => d.Id == DifferentialId.PelvicStressFracture);
        });
    }

    // Guards the properties above against passing vacuously: the generator must reach every level.
    [Fact]
    public void GeneratorReachesEveryTriageLevel()
    {
        Assert.Equal(Enum.GetValues<Triage>(), Cases.Select(c => c.Result.Triage).Distinct().Order());
    }

    [Fact]
    public void GeneratorReachesEveryTimeframeAndWithheldCode()
    {
        Assert.Equal(Enum.GetValues<Timeframe>(), Cases.Select(c => c.Result.TriageTimeframe).Distinct().Order());
        Assert.Equal(Enum.GetValues<PlanWithheldCode>(), Cases.Select(c => c.Result.Plan.WithheldCode).OfType<PlanWithheldCode>().Distinct().Order());
    }

    [Fact]
    public void GeneratorLeavesSomeDifferentialsNotRuledOut()
    {
        Assert.Contains(Cases, c => c.Result.NotRuledOut.Count > 0);
    }

    // The generator's own contract: yes/no answers 20-30% yes, "not sure" and unanswered both present, numbers and choices given about half the time.
    [Fact]
    public void GeneratorAnswersYesTwentyToThirtyPercentOfTheTime()
    {
        var yes = GeneratedAnswers.All.Sum(a => QuestionCatalog.Default.Questions.Count(q => q.Type == QuestionType.Bool && q.Parent is null && a.StateOf(q.Id) == BoolAnswer.Yes));
        var bools = QuestionCatalog.Default.Questions.Count(q => q.Type == QuestionType.Bool && q.Parent is null);

        Assert.InRange(yes / (GeneratedAnswers.Count * (double)bools), 0.20, 0.30);
    }

    [Fact]
    public void GeneratorAnswersNotSureOnlyOutsideTheSafetyScreen()
    {
        var notSure = GeneratedAnswers.All.SelectMany(a => QuestionCatalog.Default.Questions.Where(q => a.StateOf(q.Id) == BoolAnswer.NotSure)).ToList();

        Assert.NotEmpty(notSure);
        Assert.All(notSure, q => Assert.True(q.AcceptsNotSure, q.Id));
    }

    [Fact]
    public void GeneratorGivesNumbersAndChoicesAboutHalfTheTime()
    {
        var given = GeneratedAnswers.All.SelectMany(a => a.GivenValues().Select(v => v.Value)).Count(v => v is int or SettleTime or RunningStatus);

        Assert.InRange(given / (GeneratedAnswers.Count * 7.0), 0.45, 0.55);
    }
}
