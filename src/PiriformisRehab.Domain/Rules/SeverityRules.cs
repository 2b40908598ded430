using PiriformisRehab.Domain.Questions;

namespace PiriformisRehab.Domain.Rules;

/// <summary>
/// Severity (spec section 3) and irritability (SINSS, Kelley 2013). Both read "worst pain" as the
/// higher of pain now and worst pain, because pain now is a floor for the week's worst when the
/// worst was not given. With no pain and no settle time given, irritability is moderate: we do not
/// call symptoms calm without evidence.
/// </summary>
public static class SeverityRules
{
    /// <summary>Worst pain at or above which symptoms are severe and highly irritable.</summary>
    public const int SeverePain = 7;

    /// <summary>Worst pain at or below which symptoms can be mild and of low irritability.</summary>
    public const int MildPain = 3;

    /// <summary>Sitting tolerance below which symptoms are severe (minutes).</summary>
    public const int SevereSittingMinutes = 15;

    /// <summary>Mild, moderate or severe.</summary>
    public static Severity SeverityOf(Answers a)
    {
        ArgumentNullException.ThrowIfNull(a);
        var worst = a.HighestPain;
        if (worst >= SeverePain || a.SettleTime == SettleTime.NextDay || a.SittingToleranceMinutes < SevereSittingMinutes)
        {
            return Severity.Severe;
        }

        // Mild needs positive evidence of both: a low worst pain and settling within minutes.
        return worst <= MildPain && a.SettleTime == SettleTime.Minutes ? Severity.Mild : Severity.Moderate;
    }

    /// <summary>Low, moderate or high.</summary>
    public static Irritability IrritabilityOf(Answers a)
    {
        ArgumentNullException.ThrowIfNull(a);
        var worst = a.HighestPain;
        if (worst >= SeverePain || a.SettleTime == SettleTime.NextDay)
        {
            return Irritability.High;
        }

        var painLow = worst is null || worst <= MildPain;
        var settlesFast = a.SettleTime is null or SettleTime.Minutes;
        var anyEvidence = worst is not null || a.SettleTime is not null;
        return painLow && settlesFast && anyEvidence ? Irritability.Low : Irritability.Moderate;
    }
}
