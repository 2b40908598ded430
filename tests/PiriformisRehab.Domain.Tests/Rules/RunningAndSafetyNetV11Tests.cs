using PiriformisRehab.Domain.Questions;
using PiriformisRehab.Domain.Rules;
using Q = PiriformisRehab.Domain.Questions.QuestionIds;

using PiriformisRehab.Domain.Tests.Infrastructure;

namespace PiriformisRehab.Domain.Tests.Rules;

/// <summary>Running changes (spec 5.7) and safety-netting (5.8).</summary>
public sealed class RunningAndSafetyNetV11Tests
{
    private static AssessmentResult Evaluate(Answers answers) => AssessmentEngine.Default.Evaluate(answers);

    private static Answers Piriformis(RunningStatus status) => Answered.AllAnsweredYes(Q.ButtockPain, Q.WorseSitting, Q.SciaticNotchTenderness)
        with { PainNow = 3, PainWorst = 5, SettleTime = SettleTime.Hours, RunningStatus = status, Age = 30 };

    // High irritability while running with pain: pause and come back by walk-run, not "reduce".
    [Theory]
    [InlineData(7, SettleTime.Hours)]
    [InlineData(4, SettleTime.NextDay)]
    public void RunningWithPainAndHighIrritabilityIsWalkRunReturn(int worst, SettleTime settle)
    {
        var result = Evaluate(Piriformis(RunningStatus.RunningWithPain) with { PainWorst = worst, SettleTime = settle });

        Assert.Equal(Irritability.High, result.Irritability);
        Assert.Equal(RunningAdviceKind.WalkRunReturn, result.Running.Advice);
    }

    [Fact]
    public void RunningWithPainAndModerateIrritabilityIsReduce()
    {
        Assert.Equal(RunningAdviceKind.Reduce, Evaluate(Piriformis(RunningStatus.RunningWithPain)).Running.Advice);
    }

    // Every keepRunning, reduce and walkRunReturn text says to stop for new nerve symptoms during a run.
    [Theory]
    [InlineData(RunningStatus.RunningPainFree, RunningAdviceKind.KeepRunning)]
    [InlineData(RunningStatus.RunningWithPain, RunningAdviceKind.Reduce)]
    [InlineData(RunningStatus.Stopped, RunningAdviceKind.WalkRunReturn)]
    public void RunningTextSaysStopForPinsAndNeedlesNumbnessOrWeakness(RunningStatus status, RunningAdviceKind advice)
    {
        var running = Evaluate(Piriformis(status)).Running;

        Assert.Equal(advice, running.Advice);
        Assert.Contains("pins and needles, numbness or weakness", running.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(BoolAnswer.Yes)]
    [InlineData(BoolAnswer.NotSure)]
    public void EffortOnlyPainNeverHearsThatFiveOutOfTenIsAcceptable(BoolAnswer effortOnly)
    {
        var running = Evaluate(Piriformis(RunningStatus.RunningWithPain).With(Q.PainOnlyAtEffort, effortOnly)).Running;

        Assert.Equal(RunningAdviceKind.Reduce, running.Advice);
        Assert.DoesNotContain("5/10", running.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ReduceWithoutEffortOnlyPainKeepsThePainMonitoringRule()
    {
        Assert.Contains("up to 5/10", Evaluate(Piriformis(RunningStatus.RunningWithPain)).Running.Text, StringComparison.Ordinal);
    }

    // Safety net on every result that is not an emergency.
    [Theory]
    [InlineData(Q.NightPainUnrelenting)]
    [InlineData(Q.MorningStiffness)]
    [InlineData(Q.ButtockPain)]
    public void NonEmergencyResultCarriesTheSafetyNet(string yes)
    {
        var safetyNet = Evaluate(Answered.Yes(yes)).SafetyNet;

        Assert.NotNull(safetyNet);
        Assert.Equal(
            [Timeframe.Now, Timeframe.Now, Timeframe.Now, Timeframe.Now, Timeframe.Now, Timeframe.SameDay],
            safetyNet.Items.Select(i => i.Timeframe));
    }

    [Theory]
    [InlineData("saddle numbness", Timeframe.Now)]
    [InlineData("bladder or bowels", Timeframe.Now)]
    [InlineData("Weakness in your leg", Timeframe.Now)]
    [InlineData("both legs", Timeframe.Now)]
    [InlineData("cannot put weight", Timeframe.Now)]
    [InlineData("fever", Timeframe.SameDay)]
    public void SafetyNetNamesEachSignWithItsTimeframe(string sign, Timeframe timeframe)
    {
        var item = Assert.Single(SafetyNetRules.Standard.Items, i => i.When.Contains(sign, StringComparison.OrdinalIgnoreCase));

        Assert.Equal(timeframe, item.Timeframe);
        Assert.False(string.IsNullOrWhiteSpace(item.Action));
    }

    [Fact]
    public void EmergencyResultHasNoSafetyNet()
    {
        Assert.Null(Evaluate(Answered.Yes(Q.SaddleNumbness)).SafetyNet);
    }
}
