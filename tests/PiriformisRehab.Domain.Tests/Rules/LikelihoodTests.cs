using PiriformisRehab.Domain.Rules;
using Q = PiriformisRehab.Domain.Questions.QuestionIds;
using PiriformisRehab.Domain.Tests.Infrastructure;

namespace PiriformisRehab.Domain.Tests.Rules;

/// <summary>The transparent points score and its bands (spec section 3, likelihood).</summary>
public sealed class LikelihoodTests
{
    private static readonly string[] AllCore =
        [Q.ButtockPain, Q.SciaticNotchTenderness, Q.WorseSitting, Q.WorseOnPiriformisStretch];

    private static readonly string[] ThreeCore = [Q.ButtockPain, Q.SciaticNotchTenderness, Q.WorseSitting];

    public static TheoryData<string, int> EveryWeight()
    {
        var rows = new TheoryData<string, int>();
        foreach (var w in LikelihoodRules.Weights)
        {
            rows.Add(w.QuestionId, w.Points);
        }

        return rows;
    }

    // The answers that make one weight fire on its own: pain below the knee only counts against
    // together with numbness, which carries no weight itself.
    private static string[] AloneFor(string questionId) =>
        questionId == Q.PainBelowKnee ? [Q.PainBelowKnee, Q.NumbnessOrTingling] : [questionId];

    [Theory]
    [MemberData(nameof(EveryWeight))]
    public void OneWeightAloneScoresItsPointsClampedAtZero(string questionId, int points)
    {
        var likelihood = LikelihoodRules.Evaluate(Answered.Yes(AloneFor(questionId)));

        Assert.Equal(Math.Max(0, points), likelihood.Score);
    }

    [Theory]
    [MemberData(nameof(EveryWeight))]
    public void OneWeightAloneGivesExactlyItsReason(string questionId, int points)
    {
        var likelihood = LikelihoodRules.Evaluate(Answered.Yes(AloneFor(questionId)));

        var reason = Assert.Single(likelihood.Reasons);
        Assert.Equal(questionId, reason.QuestionId);
        Assert.Equal(points, reason.Points);
    }

    // The core features are the heaviest: each outweighs any supporting one (spec section 3).
    [Fact]
    public void CoreFeaturesWeighMoreThanSupportingOnes()
    {
        var core = LikelihoodRules.Weights.Where(w => w.IsCore).Select(w => w.Points).ToList();
        var supporting = LikelihoodRules.Weights.Where(w => !w.IsCore && w.Points > 0).Select(w => w.Points).ToList();

        Assert.Equal(4, core.Count);
        Assert.True(core.Min() > supporting.Max());
    }

    [Fact]
    public void AllFourCoreAndBothSupportingScoreOneHundred()
    {
        var likelihood = LikelihoodRules.Evaluate(Answered.Yes([.. AllCore, Q.PainRadiatesThigh, Q.HipDropOrWeakGlutes]));

        Assert.Equal(100, likelihood.Score);
        Assert.Equal(LikelihoodBand.High, likelihood.Band);
    }

    // Every feature against at once, with nothing for: the sum is far below zero, the score is not.
    [Fact]
    public void ScoreNeverGoesBelowZero()
    {
        var likelihood = LikelihoodRules.Evaluate(Answered.Yes(
            Q.BackPainDominant, Q.WorseCoughSneeze, Q.WorseBendingForward, Q.PainBelowKnee, Q.NumbnessOrTingling, Q.SittingBonePain));

        Assert.Equal(0, likelihood.Score);
        Assert.Equal(-65, likelihood.Reasons.Sum(r => r.Points));
    }

    [Theory]
    [InlineData(LikelihoodBand.Low)]
    [InlineData(LikelihoodBand.Low, Q.ButtockPain)]
    [InlineData(LikelihoodBand.Low, Q.WorseSitting, Q.PainRadiatesThigh, Q.HipDropOrWeakGlutes)]
    [InlineData(LikelihoodBand.Moderate, Q.ButtockPain, Q.SciaticNotchTenderness)]
    [InlineData(LikelihoodBand.Moderate, Q.WorseSitting, Q.WorseOnPiriformisStretch, Q.PainRadiatesThigh, Q.HipDropOrWeakGlutes)]
    [InlineData(LikelihoodBand.High, Q.ButtockPain, Q.SciaticNotchTenderness, Q.WorseSitting)]
    [InlineData(LikelihoodBand.Moderate, Q.ButtockPain, Q.SciaticNotchTenderness, Q.WorseSitting, Q.BackPainDominant, Q.WorseCoughSneeze)]
    [InlineData(LikelihoodBand.Moderate, Q.ButtockPain, Q.SciaticNotchTenderness, Q.WorseSitting, Q.PainBelowKnee, Q.NumbnessOrTingling, Q.WorseBendingForward)]
    [InlineData(LikelihoodBand.High, Q.ButtockPain, Q.SciaticNotchTenderness, Q.WorseSitting, Q.BackPainDominant)]
    [InlineData(LikelihoodBand.High, Q.ButtockPain, Q.SciaticNotchTenderness, Q.WorseSitting, Q.PainBelowKnee, Q.NumbnessOrTingling)]
    [InlineData(LikelihoodBand.High, Q.ButtockPain, Q.SciaticNotchTenderness, Q.WorseSitting, Q.WorseOnPiriformisStretch)]
    [InlineData(LikelihoodBand.High, Q.ButtockPain, Q.SciaticNotchTenderness, Q.WorseSitting, Q.WorseOnPiriformisStretch, Q.WorseBendingForward)]
    [InlineData(LikelihoodBand.Moderate, Q.ButtockPain, Q.SciaticNotchTenderness, Q.WorseSitting, Q.WorseOnPiriformisStretch, Q.BackPainDominant, Q.WorseCoughSneeze)]
    public void BandFollowsCoreFeaturesAndLumbarPattern(LikelihoodBand expected, params string[] yes)
    {
        Assert.Equal(expected, LikelihoodRules.Evaluate(Answered.Yes(yes)).Band);
    }

    // Pain below the knee on its own is common in piriformis syndrome (the nerve runs on to the foot);
    // with numbness it starts to look radicular.
    [Fact]
    public void PainBelowKneeAloneDoesNotArgueAgainst()
    {
        var likelihood = LikelihoodRules.Evaluate(Answered.Yes(Q.ButtockPain, Q.SciaticNotchTenderness, Q.PainBelowKnee));

        Assert.Equal(40, likelihood.Score);
        Assert.DoesNotContain(likelihood.Reasons, r => r.QuestionId == Q.PainBelowKnee);
    }

    [Fact]
    public void PainBelowKneeWithNumbnessArguesAgainst()
    {
        var likelihood = LikelihoodRules.Evaluate(Answered.Yes(Q.ButtockPain, Q.SciaticNotchTenderness, Q.PainBelowKnee, Q.NumbnessOrTingling));

        Assert.Equal(25, likelihood.Score);
        Assert.Contains(likelihood.Reasons, r => r.QuestionId == Q.PainBelowKnee && r.Points == -15);
    }

    // Sitting-bone pain points at the hamstring only when the deep buttock is not tender.
    [Theory]
    [InlineData(false, 10)]
    [InlineData(true, 40)]
    public void SittingBonePainArguesAgainstOnlyWithoutNotchTenderness(bool notchTender, int expectedScore)
    {
        var answers = Answered.Yes(Q.ButtockPain, Q.SittingBonePain) with { SciaticNotchTenderness = notchTender };

        var likelihood = LikelihoodRules.Evaluate(answers);

        Assert.Equal(expectedScore, likelihood.Score);
        Assert.Equal(!notchTender, likelihood.Reasons.Any(r => r.QuestionId == Q.SittingBonePain && r.Points == -10));
    }

    // "Because you answered ...": each reason is the weight's own question, points, text and source.
    [Fact]
    public void EveryReasonNamesItsQuestionPointsTextAndSource()
    {
        var yes = LikelihoodRules.Weights.Select(w => w.QuestionId).Append(Q.NumbnessOrTingling).ToArray();

        var likelihood = LikelihoodRules.Evaluate(Answered.Yes(yes));

        // Notch tenderness is yes here, so sitting-bone pain does not count against.
        var expected = LikelihoodRules.Weights.Where(w => w.QuestionId != Q.SittingBonePain)
            .Select(w => new LikelihoodReason(w.QuestionId, w.Points, w.Text, w.Source));
        Assert.Equal(expected, likelihood.Reasons);
        Assert.All(likelihood.Reasons, r =>
        {
            Assert.False(string.IsNullOrWhiteSpace(r.Text));
            Assert.False(string.IsNullOrWhiteSpace(r.Source));
        });
    }

    // Answers that argued against are shown too, not silently netted off.
    [Fact]
    public void NegativeReasonsAreListed()
    {
        var likelihood = LikelihoodRules.Evaluate(Answered.Yes([.. AllCore, Q.BackPainDominant, Q.WorseBendingForward]));

        Assert.Equal(55, likelihood.Score);
        Assert.Equal(
            [(Q.BackPainDominant, -15), (Q.WorseBendingForward, -10)],
            likelihood.Reasons.Where(r => r.Points < 0).Select(r => (r.QuestionId, r.Points)));
    }

    [Fact]
    public void NoAnswersScoreZeroWithNoReasons()
    {
        var likelihood = LikelihoodRules.Evaluate(Answered.Yes());

        Assert.Equal(0, likelihood.Score);
        Assert.Equal(LikelihoodBand.Low, likelihood.Band);
        Assert.Empty(likelihood.Reasons);
    }

    [Fact]
    public void ThreeCoreFeaturesScoreSixty()
    {
        Assert.Equal(60, LikelihoodRules.Evaluate(Answered.Yes(ThreeCore)).Score);
    }
}
