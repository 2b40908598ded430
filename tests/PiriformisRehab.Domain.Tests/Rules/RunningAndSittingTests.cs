using PiriformisRehab.Domain.Questions;
using PiriformisRehab.Domain.Rules;
using Q = PiriformisRehab.Domain.Questions.QuestionIds;
using PiriformisRehab.Domain.Tests.Infrastructure;

namespace PiriformisRehab.Domain.Tests.Rules;

/// <summary>Running and sitting advice (spec section 3, running and sitting).</summary>
public sealed class RunningAndSittingTests
{
    private static RunningAdvice RunningOf(Answers answers) => AssessmentEngine.Default.Evaluate(answers).Running;

    // Not given: the pain-monitoring rules are safe guidance for anyone who may still be running.
    [Theory]
    [InlineData(RunningStatus.RunningPainFree, RunningAdviceKind.KeepRunning)]
    [InlineData(RunningStatus.RunningWithPain, RunningAdviceKind.Reduce)]
    [InlineData(RunningStatus.Stopped, RunningAdviceKind.WalkRunReturn)]
    [InlineData(null, RunningAdviceKind.Reduce)]
    public void AdviceFollowsRunningStatus(RunningStatus? status, RunningAdviceKind expected)
    {
        var answers = Answered.Yes(Q.ButtockPain, Q.WorseSitting) with { RunningStatus = status };

        Assert.Equal(expected, RunningOf(answers).Advice);
    }

    [Theory]
    [InlineData(RunningStatus.RunningPainFree, "warm up")]
    [InlineData(RunningStatus.RunningWithPain, "5/10")]
    [InlineData(RunningStatus.Stopped, "30 minutes")]
    public void AdviceTextExplainsWhatToDo(RunningStatus status, string expected)
    {
        var text = RunningOf(new Answers { RunningStatus = status }).Text;

        Assert.Contains(expected, text, StringComparison.OrdinalIgnoreCase);
    }

    // A possible stress fracture stops running whatever the runner says about running now.
    [Theory]
    [InlineData(Q.GroinPainWeightBearing, RunningStatus.RunningPainFree)]
    [InlineData(Q.PainOnImpact, RunningStatus.RunningPainFree)]
    [InlineData(Q.PainOnImpact, RunningStatus.Stopped)]
    public void StressFractureSignStopsRunning(string questionId, RunningStatus status)
    {
        var running = RunningOf(Answered.Yes(questionId) with { RunningStatus = status });

        Assert.Equal(RunningAdviceKind.StopRunning, running.Advice);
        Assert.Contains("stress fracture", running.Text, StringComparison.Ordinal);
    }

    // Any other red flag also stops running until a clinician has seen the runner.
    [Theory]
    [InlineData(Q.SaddleNumbness)]
    [InlineData(Q.BladderBowelChange)]
    [InlineData(Q.ProgressiveWeakness)]
    [InlineData(Q.BothLegsSymptoms)]
    [InlineData(Q.FeverOrUnwell)]
    [InlineData(Q.CancerHistory)]
    [InlineData(Q.UnexplainedWeightLoss)]
    [InlineData(Q.NightPainUnrelenting)]
    [InlineData(Q.SignificantTrauma)]
    public void OtherRedFlagStopsRunning(string questionId)
    {
        var running = RunningOf(Answered.Yes(questionId) with { RunningStatus = RunningStatus.RunningPainFree });

        Assert.Equal(RunningAdviceKind.StopRunning, running.Advice);
    }

    // A risk factor without its partner is not a flag, so it does not stop a pain-free runner.
    [Theory]
    [InlineData(Q.OsteoporosisOrSteroids)]
    [InlineData(Q.ImmunosuppressedOrIvDrugUse)]
    public void RiskFactorAloneDoesNotStopRunning(string questionId)
    {
        var running = RunningOf(Answered.Yes(questionId) with { RunningStatus = RunningStatus.RunningPainFree });

        Assert.Equal(RunningAdviceKind.KeepRunning, running.Advice);
    }

    [Fact]
    public void SittingAdviceGivesBreaksEveryTwentyToThirtyMinutes()
    {
        var text = AssessmentEngine.Default.Evaluate(new Answers()).Sitting.Text;

        Assert.Contains("20-30 minutes", text, StringComparison.Ordinal);
    }

    [Fact]
    public void SittingThatHurtsStraightAwayGetsItsOwnAdvice()
    {
        var text = AssessmentEngine.Default.Evaluate(new Answers { SittingToleranceMinutes = 0 }).Sitting.Text;

        Assert.Contains("sitting hurts straight away", text, StringComparison.Ordinal);
        Assert.DoesNotContain("about 0 minutes", text, StringComparison.Ordinal);
    }

    [Fact]
    public void SittingAdviceWarnsAgainstHipsBelowKnees()
    {
        var text = AssessmentEngine.Default.Evaluate(new Answers()).Sitting.Text;

        Assert.Contains("hips below your knees", text, StringComparison.Ordinal);
    }

    // Below 30 minutes the generic interval is too long, so the runner's own number is named.
    [Theory]
    [InlineData(25)]
    [InlineData(29)]
    [InlineData(1)]
    public void ShortSittingToleranceIsNamedInTheAdvice(int minutes)
    {
        var text = RunningRules.SittingFor(new Answers { SittingToleranceMinutes = minutes }).Text;

        Assert.Contains($"about {minutes} minutes", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(30)]
    [InlineData(600)]
    public void SittingToleranceOfThirtyOrMoreIsNotPersonalised(int minutes)
    {
        var text = RunningRules.SittingFor(new Answers { SittingToleranceMinutes = minutes }).Text;

        Assert.Equal(RunningRules.SittingFor(new Answers()).Text, text);
    }
}
