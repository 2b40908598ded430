using Microsoft.Extensions.Primitives;
using PiriformisRehab.Domain.Plans;
using PiriformisRehab.Domain.Sessions;

namespace PiriformisRehab.Web.Features.Diary;

/// <summary>
/// One exercise of today's follow-along session: its dose in the words every other page uses, and
/// the counts the session's counter and timer follow. The counts come from the catalogue's
/// structured dose, so they exist only where the words shown are that dose's own
/// (<see cref="DoseText.WithNote"/>); where a physio wrote their own dose, the counter counts up
/// with no target and the hold timer has no end, rather than contradict what they wrote.
/// </summary>
/// <param name="Exercise">The exercise.</param>
/// <param name="Dose">The dose as shown: the physio's words on a programme, else the catalogue's.</param>
/// <param name="Notes">The physio's note, if any.</param>
/// <param name="Low">The counts at the low end of each range; null when the dose shown is the physio's own.</param>
/// <param name="High">The counts at the top of each range; null when <paramref name="Low"/> is.</param>
public sealed record SessionItem(Exercise Exercise, string Dose, string? Notes, SessionStep? Low, SessionStep? High)
{
    /// <summary>True when the session can count to the dose's own numbers.</summary>
    public bool Counted => Low is not null && High is not null;

    /// <summary>"hold" for a timed exercise, else "reps".</summary>
    public string Kind => Exercise.Dose.HoldSeconds is null ? "reps" : "hold";
}

/// <summary>Today's session: the exercises the diary's checklist offers now, or why there are none.</summary>
/// <param name="Items">Today's exercises in the checklist's order; empty when paused or withheld.</param>
/// <param name="Paused">A warning sign paused the plan: no exercises until it is lifted.</param>
/// <param name="WithheldReason">Why the self-check gave no plan, or null.</param>
public sealed record FollowAlongSession(IReadOnlyList<SessionItem> Items, bool Paused, string? WithheldReason);

/// <summary>Builds the follow-along session from a diary and reads what it sends back to the check-in.</summary>
public static class FollowAlong
{
    /// <summary>The check-in's query parameter naming an exercise the session saw done (repeated).</summary>
    public const string DoneParameter = "done";

    /// <summary>Today's exercises exactly as the diary's checklist offers them (<see cref="DiaryState.OfferedExercises"/>).</summary>
    public static FollowAlongSession Of(DiaryState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var diary = state.Diary;
        if (!diary.HasPlan)
        {
            return new FollowAlongSession([], false, diary.PlanWithheldReason);
        }

        if (state.Picture.Paused)
        {
            return new FollowAlongSession([], true, null);
        }

        return new FollowAlongSession([.. state.OfferedExercises.Select(e => Item(e, diary.PhysioDoses.GetValueOrDefault(e.Id)))], false, null);
    }

    /// <summary>
    /// The exercises a check-in should start ticked: the query's ids that are among today's
    /// exercises, once each, in today's order. Unknown, repeated, empty or malformed values are
    /// ignored, as an absent one would be (the check-in page never fails on its query).
    /// </summary>
    public static IReadOnlyList<string> DoneIds(StringValues values, IReadOnlyList<Exercise> offered)
    {
        ArgumentNullException.ThrowIfNull(offered);
        if (values.Count == 0)
        {
            return [];
        }

        var asked = new HashSet<string>(StringComparer.Ordinal);
        foreach (var value in values)
        {
            if (!string.IsNullOrEmpty(value) && value.Length <= 100)
            {
                asked.Add(value);
            }
        }

        return [.. offered.Select(e => e.Id).Where(asked.Contains)];
    }

    /// <summary>The check-in page with these exercises ticked, as the session's last screen links to it.</summary>
    public static string CheckInPath(string diaryPath, IEnumerable<string> doneIds)
    {
        var query = string.Join("&", doneIds.Select(id => $"{DoneParameter}={Uri.EscapeDataString(id)}"));
        return (query.Length == 0 ? diaryPath : $"{diaryPath}?{query}") + "#check-in-title";
    }

    private static SessionItem Item(Exercise exercise, PhysioDose? physio)
    {
        var dose = physio?.Dosage ?? exercise.Dosage;
        var own = string.Equals(dose.Trim(), exercise.Dosage, StringComparison.Ordinal);
        return own
            ? new SessionItem(exercise, dose, physio?.Notes, SessionTargets.At(exercise.Dose, DoseLevel.Low), SessionTargets.At(exercise.Dose, DoseLevel.High))
            : new SessionItem(exercise, dose, physio?.Notes, null, null);
    }
}
