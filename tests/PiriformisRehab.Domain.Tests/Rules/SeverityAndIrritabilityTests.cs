using PiriformisRehab.Domain.Questions;
using PiriformisRehab.Domain.Rules;

namespace PiriformisRehab.Domain.Tests.Rules;

/// <summary>Severity (spec section 3) and irritability (SINSS, Kelley 2013 bands) at their boundaries.</summary>
public sealed class SeverityAndIrritabilityTests
{
    // Mild needs both a low worst pain (<= 3) and settling within minutes; severe is >= 7 or next day.
    [Theory]
    [InlineData(0, SettleTime.Minutes, Severity.Mild)]
    [InlineData(3, SettleTime.Minutes, Severity.Mild)]
    [InlineData(4, SettleTime.Minutes, Severity.Moderate)]
    [InlineData(6, SettleTime.Minutes, Severity.Moderate)]
    [InlineData(7, SettleTime.Minutes, Severity.Severe)]
    [InlineData(10, SettleTime.Minutes, Severity.Severe)]
    [InlineData(3, SettleTime.Hours, Severity.Moderate)]
    [InlineData(6, SettleTime.Hours, Severity.Moderate)]
    [InlineData(0, SettleTime.NextDay, Severity.Severe)]
    [InlineData(3, null, Severity.Moderate)]
    [InlineData(null, SettleTime.Minutes, Severity.Moderate)]
    [InlineData(null, SettleTime.NextDay, Severity.Severe)]
    public void SeverityFromWorstPainAndSettleTime(int? painWorst, SettleTime? settleTime, Severity expected)
    {
        var answers = new Answers { PainWorst = painWorst, SettleTime = settleTime };

        Assert.Equal(expected, SeverityRules.SeverityOf(answers));
    }

    // Sitting for under 15 minutes makes an otherwise mild picture severe.
    [Theory]
    [InlineData(0, Severity.Severe)]
    [InlineData(14, Severity.Severe)]
    [InlineData(15, Severity.Mild)]
    [InlineData(600, Severity.Mild)]
    [InlineData(null, Severity.Mild)]
    public void SeverityFromSittingTolerance(int? sittingToleranceMinutes, Severity expected)
    {
        var answers = new Answers { PainWorst = 3, SettleTime = SettleTime.Minutes, SittingToleranceMinutes = sittingToleranceMinutes };

        Assert.Equal(expected, SeverityRules.SeverityOf(answers));
    }

    // Pain now is a floor for the week's worst, so it counts when the worst was not given.
    [Fact]
    public void SevereWhenPainNowIsEightAndWorstNotGiven()
    {
        Assert.Equal(Severity.Severe, SeverityRules.SeverityOf(new Answers { PainNow = 8 }));
    }

    [Fact]
    public void SeverityIsModerateWhenNothingIsGiven()
    {
        Assert.Equal(Severity.Moderate, SeverityRules.SeverityOf(new Answers()));
    }

    // Kelley 2013: high = >= 7/10 or next day; moderate = 4-6/10 or hours; low = <= 3/10 and minutes.
    [Theory]
    [InlineData(3, SettleTime.Minutes, Irritability.Low)]
    [InlineData(0, SettleTime.Minutes, Irritability.Low)]
    [InlineData(4, SettleTime.Minutes, Irritability.Moderate)]
    [InlineData(6, SettleTime.Minutes, Irritability.Moderate)]
    [InlineData(3, SettleTime.Hours, Irritability.Moderate)]
    [InlineData(7, SettleTime.Minutes, Irritability.High)]
    [InlineData(7, SettleTime.Hours, Irritability.High)]
    [InlineData(1, SettleTime.NextDay, Irritability.High)]
    [InlineData(null, SettleTime.NextDay, Irritability.High)]
    public void IrritabilityFollowsKelleyBands(int? painWorst, SettleTime? settleTime, Irritability expected)
    {
        var answers = new Answers { PainWorst = painWorst, SettleTime = settleTime };

        Assert.Equal(expected, SeverityRules.IrritabilityOf(answers));
    }

    [Fact]
    public void IrritabilityIsHighWhenPainNowIsSevenAndWorstNotGiven()
    {
        Assert.Equal(Irritability.High, SeverityRules.IrritabilityOf(new Answers { PainNow = 7 }));
    }

    // With no evidence at all we do not call symptoms calm (SeverityRules' stated choice).
    [Fact]
    public void IrritabilityIsModerateWhenNothingIsGiven()
    {
        Assert.Equal(Irritability.Moderate, SeverityRules.IrritabilityOf(new Answers()));
    }

    [Fact]
    public void ResultCarriesSeverityAndIrritability()
    {
        var result = AssessmentEngine.Default.Evaluate(new Answers { PainNow = 2, PainWorst = 5, SettleTime = SettleTime.Hours });

        Assert.Equal(Severity.Moderate, result.Severity);
        Assert.Equal(Irritability.Moderate, result.Irritability);
    }
}
