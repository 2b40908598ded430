using PiriformisRehab.Domain.Recovery;
using PiriformisRehab.Web.Features.Common;

namespace PiriformisRehab.Web.Features.Clinic;

/// <summary>
/// A patient's programmes as one row of the clinic list: the Domain's patient-level rules
/// (<see cref="PatientConcernRules"/>) over the followed diaries, the diary that speaks for the
/// patient, and its pain trend.
/// </summary>
public static class FollowUp
{
    /// <summary>One concern per kind over the followed programmes (see <see cref="PatientConcernRules.Merge"/>).</summary>
    public static IReadOnlyList<Concern> Merge(IReadOnlyList<ProgrammeDiary> diaries)
    {
        ArgumentNullException.ThrowIfNull(diaries);
        return PatientConcernRules.Merge(diaries
            .Where(d => d.Followed)
            .Select(d => new FollowedDiary(d.Concerns, d.LastCheckIn ?? DiaryDay.Of(d.CreatedAt), d.Link.State == LinkState.Active)));
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

    /// <summary>True when some followed diary has alerts and every one with alerts is acknowledged.</summary>
    public static bool AllAcknowledged(IReadOnlyList<ProgrammeDiary> followed)
    {
        ArgumentNullException.ThrowIfNull(followed);
        var alerting = followed.Where(d => d.Concerns.Count > 0).ToList();
        return alerting.Count > 0 && alerting.All(d => d.Acknowledged);
    }
}
