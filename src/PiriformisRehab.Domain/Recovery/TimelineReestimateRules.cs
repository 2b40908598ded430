using System.Globalization;

namespace PiriformisRehab.Domain.Recovery;

/// <summary>
/// Re-estimates the timeline from the diary. A change of 2 NPRS points is the smallest that
/// matters (Childs 2005); the first week's average pain is compared with the last week's so one
/// good or bad day does not decide it. No meaningful improvement after six weeks, or getting 2
/// points worse, means see a physio. Sources: docs/clinical-basis.md, "Timeline re-estimate".
/// </summary>
public static class TimelineReestimateRules
{
    /// <summary>The smallest change in NPRS points that matters.</summary>
    public const int MeaningfulChange = 2;

    /// <summary>Days of diary before any verdict.</summary>
    public const int EarlyDays = 14;

    /// <summary>Days without a meaningful improvement after which recovery is slower than expected.</summary>
    public const int SlowerAfterDays = 21;

    /// <summary>Days without a meaningful improvement after which the runner should see a physio.</summary>
    public const int SeePhysioAfterDays = 42;

    /// <summary>Average pain at or below which recovery counts as on track whatever the change.</summary>
    public const int LowPain = 2;

    /// <summary>The re-estimate for check-ins in date order.</summary>
    public static TimelineReestimate Evaluate(IReadOnlyList<CheckIn> ordered)
    {
        ArgumentNullException.ThrowIfNull(ordered);
        if (ordered.Count < 2)
        {
            return new TimelineReestimate(RecoveryTrend.EarlyDays, null, null, 0, "Log a few check-ins over the next two weeks to see how your recovery is going.");
        }

        var first = ordered[0].SessionDate;
        var last = ordered[^1].SessionDate;
        var days = last.DayNumber - first.DayNumber;
        var startExact = ordered.Where(c => c.SessionDate < first.AddDays(7)).Average(c => c.PainNow);
        var recentExact = ordered.Where(c => c.SessionDate > last.AddDays(-7)).Average(c => c.PainNow);
        // Judged on the exact averages: rounding first could turn a 1.95-point change into a meaningful 2.
        var change = startExact - recentExact;
        var (start, recent) = (Math.Round(startExact, 1), Math.Round(recentExact, 1));
        var figures = Invariant($"Your average pain went from {start:0.#}/10 in your first week to {recent:0.#}/10 in the last week.");

        if (days < EarlyDays)
        {
            return new(RecoveryTrend.EarlyDays, start, recent, days, "It is too early to judge: keep logging for at least two weeks. " + figures);
        }

        if (change <= -MeaningfulChange)
        {
            return new(RecoveryTrend.SeePhysio, start, recent, days, figures + " That is a meaningful worsening: see your physio or GP.");
        }

        if (change >= MeaningfulChange || recentExact <= LowPain)
        {
            return new(RecoveryTrend.OnTrack, start, recent, days, figures + " You are on track: keep going, and expect the odd flare-up on the way.");
        }

        if (days >= SeePhysioAfterDays)
        {
            return new(RecoveryTrend.SeePhysio, start, recent, days, figures + " After six weeks that is less than a meaningful change (2 points): see your physio to look at the plan again.");
        }

        return days >= SlowerAfterDays
            ? new(RecoveryTrend.SlowerThanExpected, start, recent, days, figures + " Recovery is slower than expected. Keep to the plan; if nothing changes by six weeks, see your physio.")
            : new(RecoveryTrend.OnTrack, start, recent, days, figures + " No meaningful change yet, which is still usual at this point.");
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
