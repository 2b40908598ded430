using System.Globalization;
using PiriformisRehab.Domain.Plans;
using PiriformisRehab.Domain.Recovery;

namespace PiriformisRehab.Web.Features.Clinic;

/// <summary>The words the physio's pages use for concerns, trends and stages (never colour alone).</summary>
public static class FollowUpText
{
    public static string Label(ConcernKind kind) => kind switch
    {
        ConcernKind.RedFlag => "Red flag",
        ConcernKind.HighPain => "Pain 7+",
        ConcernKind.RepeatedFlareUps => "Two flare-ups",
        ConcernKind.NoRecentCheckIn => "No check-in 14 days",
        _ => kind.ToString(),
    };

    /// <summary>The value of the data-concern attributes the tests read.</summary>
    public static string DataName(ConcernKind kind) => ContractNames.Of(kind);

    /// <summary>The timeline verdict in a word or two, written for the physio.</summary>
    public static string Trend(RecoveryTrend trend) => trend switch
    {
        RecoveryTrend.OnTrack => "on track",
        RecoveryTrend.SlowerThanExpected => "slower than expected",
        RecoveryTrend.SeePhysio => "review needed",
        _ => "early days",
    };

    public static string DataName(RecoveryTrend trend) => ContractNames.Of(trend);

    /// <summary>"pain 6 → 3 over 3 weeks", or "pain 6 at one check-in".</summary>
    public static string PainChange(PainTrend trend)
    {
        ArgumentNullException.ThrowIfNull(trend);
        if (trend.CheckIns == 1)
        {
            return Invariant($"pain {trend.PainNow} at one check-in");
        }

        var span = trend.Days switch
        {
            0 => "on one day",
            1 => "over 1 day",
            < 14 => Invariant($"over {trend.Days} days"),
            _ => Invariant($"over {(int)Math.Round(trend.Days / 7.0, MidpointRounding.AwayFromZero)} weeks"),
        };
        return Invariant($"pain {trend.FirstPainNow} → {trend.PainNow} {span}");
    }

    public static string Morning(MorningAfter? morning) => morning switch
    {
        MorningAfter.Better => "better",
        MorningAfter.Same => "same",
        MorningAfter.Worse => "worse (flare-up)",
        _ => "no session",
    };

    public static string Run(RunStage stage) => stage switch
    {
        RunStage.Gate => "Not running yet: brisk-walk readiness test",
        RunStage.WalkRun => "Walk-run phases",
        _ => "Running continuously, building volume",
    };

    public static string Activity(CheckIn checkIn)
    {
        ArgumentNullException.ThrowIfNull(checkIn);
        return checkIn.Activity switch
        {
            RunActivity.BriskWalk => Invariant($"brisk walk {checkIn.RunMinutes} min, pain {checkIn.RunPain}"),
            RunActivity.WalkRun => Invariant($"walk-run phase {checkIn.WalkRunPhase}, pain {checkIn.RunPain}"),
            RunActivity.ContinuousRun => Invariant($"run {checkIn.RunMinutes} min, pain {checkIn.RunPain}"),
            _ => "none",
        };
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
