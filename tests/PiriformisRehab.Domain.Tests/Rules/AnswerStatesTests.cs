using PiriformisRehab.Domain.Questions;
using PiriformisRehab.Domain.Rules;
using Q = PiriformisRehab.Domain.Questions.QuestionIds;

using PiriformisRehab.Domain.Tests.Infrastructure;

namespace PiriformisRehab.Domain.Tests.Rules;

/// <summary>"Not sure", unanswered and follow-ups (spec 5.1 and 5.2).</summary>
public sealed class AnswerStatesTests
{
    private static readonly AnswerParser Parser = new(QuestionCatalog.Default);

    private static AnswerParseResult Parse(params (string Id, AnswerInput Input)[] inputs) =>
        Parser.Parse(inputs.Select(x => KeyValuePair.Create(x.Id, x.Input)));

    // Every yes/no question outside the safety screen accepts "notSure".
    public static TheoryData<string> NonSafetyBools() =>
        [.. QuestionCatalog.Default.Questions.Where(q => q.Type == QuestionType.Bool && q.Section != "safety").Select(q => q.Id)];

    public static TheoryData<string> SafetyBools() =>
        [.. QuestionCatalog.Default.Questions.Where(q => q.Section == "safety").Select(q => q.Id)];

    [Theory]
    [MemberData(nameof(NonSafetyBools))]
    public void NotSureParsesOutsideTheSafetyScreen(string id)
    {
        var result = Parse((id, AnswerInput.Of(Answers.NotSureValue)));

        Assert.True(result.IsValid);
        Assert.Equal(id is Q.PerinealPainSitting ? BoolAnswer.Unanswered : BoolAnswer.NotSure, result.Answers!.StateOf(id));
    }

    [Theory]
    [MemberData(nameof(SafetyBools))]
    public void NotSureOnASafetyQuestionIsRejectedNamingTheField(string id)
    {
        var result = Parse((id, AnswerInput.Of(Answers.NotSureValue)));

        Assert.False(result.IsValid);
        Assert.Equal([id], result.Errors.Keys);
        Assert.Contains("safety question", Assert.Single(result.Errors[id]), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("NotSure")]
    [InlineData("not sure")]
    [InlineData("unsure")]
    public void OtherSpellingsOfNotSureAreRejected(string text)
    {
        var result = Parse((Q.ButtockPain, AnswerInput.Of(text)));

        Assert.Equal([Q.ButtockPain], result.Errors.Keys);
    }

    [Fact]
    public void NotSureScoresNothingAndRaisesNoDifferential()
    {
        var result = AssessmentEngine.Default.Evaluate(Answered.Yes().WithNotSure(Q.ButtockPain, Q.SittingBonePain, Q.MorningStiffness, Q.OuterHipPain));

        Assert.Equal(0, result.Likelihood.Score);
        Assert.Empty(result.Likelihood.Reasons);
        Assert.Empty(result.Differentials);
    }

    [Fact]
    public void UnsureListsTheNotSureIdsInCatalogueOrder()
    {
        var result = AssessmentEngine.Default.Evaluate(Answered.Yes().WithNotSure(Q.RecentTrainingJump, Q.OuterHipPain, Q.ButtockPain));

        Assert.Equal([Q.ButtockPain, Q.OuterHipPain, Q.RecentTrainingJump], result.Unsure);
    }

    // Unanswered: core and supporting bools only; follow-ups only when their parent is yes.
    [Fact]
    public void UnansweredListsCoreAndSupportingQuestionsWithNoAnswer()
    {
        var result = AssessmentEngine.Default.Evaluate(Answers.None);

        var expected = QuestionCatalog.Default.Questions
            .Where(q => q.Type == QuestionType.Bool && q.Section is "core" or "supporting" && q.Parent is null)
            .Select(q => q.Id);
        Assert.Equal(expected, result.Unanswered);
    }

    [Fact]
    public void FollowUpIsUnansweredOnlyWhenItsParentIsYes()
    {
        var without = AssessmentEngine.Default.Evaluate(Answered.AllAnsweredYes().With(Q.PerinealPainSitting, BoolAnswer.Unanswered));
        var with = AssessmentEngine.Default.Evaluate(Answered.AllAnsweredYes(Q.WorseSitting).With(Q.PerinealPainSitting, BoolAnswer.Unanswered));

        Assert.Empty(without.Unanswered);
        Assert.Equal([Q.PerinealPainSitting], with.Unanswered);
    }

    // A follow-up whose parent is not yes is accepted by the API, ignored by every rule and listed nowhere.
    [Fact]
    public void FollowUpWithoutItsParentIsAcceptedAndListedNowhere()
    {
        var parsed = Parse((Q.PerinealPainSitting, AnswerInput.Of(Answers.NotSureValue)), (Q.WorseSitting, AnswerInput.Of(false)));
        var result = AssessmentEngine.Default.Evaluate(parsed.Answers!);

        Assert.True(parsed.IsValid);
        Assert.DoesNotContain(Q.PerinealPainSitting, result.Unsure);
        Assert.DoesNotContain(Q.PerinealPainSitting, result.Unanswered);
        Assert.DoesNotContain(result.NotRuledOut, n => n.QuestionIds.Contains(Q.PerinealPainSitting));
        Assert.DoesNotContain(result.Differentials, d => d.Id == DifferentialId.Pudendal);
    }

    [Fact]
    public void FollowUpYesWithoutItsParentRaisesNothing()
    {
        var result = AssessmentEngine.Default.Evaluate(Answered.Yes(Q.PerinealPainSitting));

        Assert.DoesNotContain(result.Differentials, d => d.Id == DifferentialId.Pudendal);
    }

    // notRuledOut: a differential not raised that an unsure or unanswered question raises by its rule.
    [Theory]
    [InlineData(Q.SittingBonePain, DifferentialId.ProximalHamstring)]
    [InlineData(Q.OuterHipPain, DifferentialId.GluteTendinopathy)]
    [InlineData(Q.GroinPainDeepFlexion, DifferentialId.HipJoint)]
    [InlineData(Q.PelvicDimplePain, DifferentialId.Sacroiliac)]
    [InlineData(Q.FrontThighPain, DifferentialId.LumbarRadicular)]
    [InlineData(Q.MorningStiffness, DifferentialId.InflammatoryBackPain)]
    [InlineData(Q.PainOnlyAtEffort, DifferentialId.Vascular)]
    [InlineData(Q.PainLongStrides, DifferentialId.Ischiofemoral)]
    public void NotSureQuestionLeavesItsDifferentialNotRuledOut(string id, DifferentialId differential)
    {
        var result = AssessmentEngine.Default.Evaluate(Answered.AllAnsweredYes().WithNotSure(id));

        var open = Assert.Single(result.NotRuledOut);
        Assert.Equal(differential, open.Id);
        Assert.Equal([id], open.QuestionIds);
        Assert.NotEqual(AnswerGapRules.NothingElse, result.OtherCauses);
    }

    [Fact]
    public void UnansweredQuestionLeavesItsDifferentialNotRuledOut()
    {
        var result = AssessmentEngine.Default.Evaluate(Answered.AllAnsweredYes().With(Q.SittingBonePain, BoolAnswer.Unanswered));

        Assert.Equal([DifferentialId.ProximalHamstring], result.NotRuledOut.Select(n => n.Id));
    }

    [Fact]
    public void PudendalIsNotRuledOutWhenTheFollowUpIsUnsureAfterAYes()
    {
        var result = AssessmentEngine.Default.Evaluate(Answered.AllAnsweredYes(Q.WorseSitting).WithNotSure(Q.PerinealPainSitting));

        Assert.Contains(result.NotRuledOut, n => n.Id == DifferentialId.Pudendal);
    }

    [Fact]
    public void RaisedDifferentialIsNotAlsoNotRuledOut()
    {
        var result = AssessmentEngine.Default.Evaluate(Answered.AllAnsweredYes(Q.BackPainDominant).WithNotSure(Q.WorseCoughSneeze));

        Assert.DoesNotContain(result.NotRuledOut, n => n.Id == DifferentialId.LumbarRadicular);
    }

    // Context answers (age, duration, the risk factors) never put a differential in notRuledOut.
    [Fact]
    public void UnsureRiskFactorsLeaveNothingNotRuledOut()
    {
        var result = AssessmentEngine.Default.Evaluate(Answered.AllAnsweredYes().WithNotSure(Q.PreviousStressFracture, Q.PeriodsIrregular, Q.RecentTrainingJump));

        Assert.Empty(result.NotRuledOut);
    }

    [Fact]
    public void FullyAnsweredNoSaysNothingPointsElsewhere()
    {
        var result = AssessmentEngine.Default.Evaluate(Answered.AllAnsweredYes(Q.ButtockPain));

        Assert.Empty(result.NotRuledOut);
        Assert.Equal(AnswerGapRules.NothingElse, result.OtherCauses);
    }

    [Fact]
    public void SkippedQuestionsNeverSayNothingPointsElsewhere()
    {
        var result = AssessmentEngine.Default.Evaluate(Answered.Yes(Q.ButtockPain));

        Assert.NotEmpty(result.NotRuledOut);
        Assert.NotEqual(AnswerGapRules.NothingElse, result.OtherCauses);
    }
}
