using PiriformisRehab.Domain.Recovery;
using PiriformisRehab.Web.Features.Diary;

namespace PiriformisRehab.Web.Features.Clinic;

/// <summary>
/// How a patient's programmes add up to one row of the clinic list: the merge of their concerns,
/// the diary that speaks for them, and the list's order. Pure, so the rules are testable alone.
/// </summary>
public static class FollowUp
{
    /// <summary>
    /// One concern per kind over the followed programmes, most serious first; each kind's text comes
    /// from the diary with the most recent check-in. "No check-in" is a patient-level silence: it is
    /// raised only when every programme the patient can still check in to (an active link) is quiet,
    /// so a new programme, or a patient logging on another programme, does not look silent.
    /// </summary>
    public static IReadOnlyList<Concern> Merge(IReadOnlyList<ProgrammeDiary> diaries)
    {
        ArgumentNullException.ThrowIfNull(diaries);
        var followed = diaries.Where(d => d.Followed).OrderByDescending(LastSeen).ToList();
        var concerns = new List<Concern>();
        foreach (var kind in new[] { ConcernKind.RedFlag, ConcernKind.HighPain, ConcernKind.RepeatedFlareUps })
        {
            if (followed.SelectMany(d => d.Concerns).FirstOrDefault(c => c.Kind == kind) is { } concern)
            {
                concerns.Add(concern);
            }
        }

        var open = followed.Where(d => d.Link.State == LinkState.Active).ToList();
        if (open.Count > 0 && open.All(d => d.Concerns.Any(c => c.Kind == ConcernKind.NoRecentCheckIn)))
        {
            concerns.Add(open[0].Concerns.First(c => c.Kind == ConcernKind.NoRecentCheckIn));
        }

        return concerns;
    }

    /// <summary>The followed diary with the most recent check-in, else the newest followed one, else the newest programme.</summary>
    public static ProgrammeDiary? CurrentOf(IReadOnlyList<ProgrammeDiary> diaries)
    {
        ArgumentNullException.ThrowIfNull(diaries);
        return diaries
            .OrderByDescending(d => d.Followed)
            .ThenByDescending(d => d.LastCheckIn ?? DateOnly.MinValue)
            .ThenByDescending(d => d.CreatedAt)
            .FirstOrDefault();
    }

    /// <summary>How many of the latest check-ins the list's pain sparkline shows.</summary>
    public const int SparklinePoints = 12;

    /// <summary>Pain from the first to the latest check-in of a diary; null without check-ins.</summary>
    public static PainTrend? TrendOf(ProgrammeDiary? diary)
    {
        if (diary is not { Followed: true, CheckIns.Count: > 0 })
        {
            return null;
        }

        var (first, last) = (diary.CheckIns[0], diary.CheckIns[^1]);
        var recent = diary.CheckIns.Skip(Math.Max(0, diary.CheckIns.Count - SparklinePoints)).Select(c => c.PainNow).ToList();
        return new PainTrend(first.PainNow, last.PainNow, last.PainWorst, last.SessionDate.DayNumber - first.SessionDate.DayNumber, diary.CheckIns.Count, diary.Picture.Timeline.Trend, recent);
    }

    /// <summary>
    /// Most serious concern first (red flag, pain 7+, two flare-ups, 14 days quiet, none), then more
    /// concerns, then the most recent check-in, then the label; the id makes equal labels stable.
    /// </summary>
    public static IReadOnlyList<PatientOverview> Sort(IEnumerable<PatientOverview> patients) =>
        [.. patients
            .OrderBy(p => ConcernRules.SortKey(p.Concerns))
            .ThenByDescending(p => p.LastCheckIn ?? DateOnly.MinValue)
            .ThenBy(p => p.Label, StringComparer.OrdinalIgnoreCase)
            .ThenBy(p => p.Id)];

    private static DateOnly LastSeen(ProgrammeDiary diary) => diary.LastCheckIn ?? DiaryDay.Of(diary.CreatedAt);
}
