using System.Globalization;

namespace PiriformisRehab.Domain.Recovery;

/// <summary>
/// Why a physio should look at a patient: a warning sign at a check-in, pain of 7/10 or more,
/// two flare-ups in a row, or no check-in for 14 days. Patients are sorted by their most
/// serious concern, in the order of <see cref="ConcernKind"/>.
/// </summary>
public static class ConcernRules
{
    /// <summary>Worst pain at the latest check-in at or above which the physio is alerted.</summary>
    public const int HighPain = 7;

    /// <summary>Days without a check-in after which the physio is alerted.</summary>
    public const int QuietDays = 14;

    /// <summary>The concerns for check-ins in date order, most serious first.</summary>
    public static IReadOnlyList<Concern> For(IReadOnlyList<CheckIn> ordered, Rescreen? pausedBy, DateOnly today, DateOnly followingSince, bool clearanceReported = false)
    {
        ArgumentNullException.ThrowIfNull(ordered);
        var concerns = new List<Concern>();
        if (pausedBy is { HasRedFlag: true })
        {
            concerns.Add(new(ConcernKind.RedFlag, $"Warning sign at a check-in ({pausedBy.Triage.ToString().ToLowerInvariant()}): {pausedBy.Flags[0].Message} The plan is paused."));
            if (clearanceReported)
            {
                concerns.Add(new(ConcernKind.ClearanceReported, "The patient says a doctor has examined them and cleared exercise. Review, then resume the plan with a note."));
            }
        }

        if (ordered.Count > 0 && ordered[^1].PainWorst >= HighPain)
        {
            concerns.Add(new(ConcernKind.HighPain, Invariant($"Pain {ordered[^1].PainWorst}/10 at the latest check-in.")));
        }

        var mornings = ordered.Where(c => c.MorningAfter is not null).TakeLast(2).ToList();
        if (mornings.Count == 2 && mornings.All(c => c.FlaredUp))
        {
            concerns.Add(new(ConcernKind.RepeatedFlareUps, "Worse the next morning after the last two sessions."));
        }

        var lastSeen = ordered.Count > 0 ? ordered.Max(c => c.SessionDate) : followingSince;
        var quiet = today.DayNumber - lastSeen.DayNumber;
        if (quiet >= QuietDays)
        {
            concerns.Add(new(ConcernKind.NoRecentCheckIn, ordered.Count > 0 ? Invariant($"No check-in for {quiet} days.") : Invariant($"No check-in since the link was given {quiet} days ago.")));
        }

        return concerns;
    }

    /// <summary>A sort key: the most serious concern's rank, then more concerns first; no concern sorts last.</summary>
    public static (int Rank, int Count) SortKey(IReadOnlyList<Concern> concerns)
    {
        ArgumentNullException.ThrowIfNull(concerns);
        return concerns.Count == 0 ? (int.MaxValue, 0) : ((int)concerns.Min(c => c.Kind), -concerns.Count);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
