using PiriformisRehab.Domain.Plans;

namespace PiriformisRehab.Domain.Recovery;

/// <summary>Reads a diary: pause, ladders, return to running, timeline and concerns.</summary>
public sealed class RecoveryEngine(ExerciseCatalog exercises, WalkRunPlan walkRun)
{
    /// <summary>An engine over the embedded seeds.</summary>
    public static RecoveryEngine Default { get; } = new(ExerciseCatalog.Default, WalkRunPlan.Default);

    /// <summary>The walk-run content the engine uses.</summary>
    public WalkRunPlan WalkRun => walkRun;

    /// <summary>Everything the diary says as of <paramref name="today"/>. Check-ins may come in any order.</summary>
    public RecoveryPicture Evaluate(RecoveryStart start, IEnumerable<CheckIn> checkIns, DateOnly today) =>
        Evaluate(start, checkIns, DiaryEvents.None, today);

    /// <summary>As above, with the warning signs reported alone and the physio's resumes (spec 5.11 a, f).</summary>
    public RecoveryPicture Evaluate(RecoveryStart start, IEnumerable<CheckIn> checkIns, DiaryEvents events, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(start);
        ArgumentNullException.ThrowIfNull(checkIns);
        ArgumentNullException.ThrowIfNull(events);
        // OrderBy is stable: check-ins on the same day keep the order they were logged in.
        var ordered = checkIns.OrderBy(c => c.SessionDate).ToList();
        var (counts, pausedBy, lifts, liftsNow, clearance) = PauseRules.FollowAll(ordered, events, start.LiftedBy);
        var sessions = ordered.Where((_, i) => counts[i]).ToList();
        var sessionLifts = lifts.Where((_, i) => counts[i]).ToList();

        var ladders = exercises.Categories
            .Where(c => start.StartStages.ContainsKey(c.Id) && c.Exercises.Any(e => !start.Skip.Contains(e.Id)))
            .Select(c => ProgressionRules.Follow(c, start.StartStages[c.Id], start.Skip, sessions))
            .ToList();
        var running = ReturnToRunRules.Follow(sessions, walkRun, today, new RunRestarts(sessionLifts, liftsNow, start.RunningNeedsClearance));
        var timeline = TimelineReestimateRules.Evaluate(ordered);
        var concerns = ConcernRules.For(ordered, pausedBy, today, start.FollowingSince, clearance);
        return new RecoveryPicture(pausedBy is not null, pausedBy, ladders, running, timeline, concerns) { LiftedBy = start.LiftedBy, ClearanceReported = clearance };
    }
}
