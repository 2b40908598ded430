using PiriformisRehab.Domain.Plans;
using PiriformisRehab.Domain.Rules;

namespace PiriformisRehab.Domain.Recovery;

/// <summary>What one session means for a progression ladder.</summary>
public enum SessionVerdict
{
    /// <summary>Nothing on this ladder was done.</summary>
    NotDone,
    /// <summary>Pain during at most the threshold, settled by the next morning: counts towards moving up.</summary>
    Good,
    /// <summary>Too painful to count, but no flare-up: stay and try again.</summary>
    Hold,
    /// <summary>Worse the next morning: drop back a stage.</summary>
    FlareUp,
}

/// <summary>The last move on a ladder.</summary>
public enum StepDecision
{
    /// <summary>No session has moved it yet.</summary>
    Start,
    /// <summary>Moved up a stage.</summary>
    Up,
    /// <summary>Stayed at the same stage.</summary>
    Hold,
    /// <summary>Dropped back a stage after a flare-up.</summary>
    Down,
}

/// <summary>Where the runner is on one category's ladder.</summary>
/// <param name="Category">The category.</param>
/// <param name="Title">The category's title.</param>
/// <param name="Current">The exercise at the current stage.</param>
/// <param name="Next">The next stage, or null at the top.</param>
/// <param name="GoodSessionsInARow">Good sessions in a row at the current stage.</param>
/// <param name="LastDecision">The last move.</param>
/// <param name="Reason">Why, in plain words.</param>
public sealed record LadderPosition(CategoryId Category, string Title, Exercise Current, Exercise? Next, int GoodSessionsInARow, StepDecision LastDecision, string Reason);

/// <summary>Where the runner is on the way back to running.</summary>
public enum RunStage
{
    /// <summary>Not yet passed the brisk-walk readiness test.</summary>
    Gate,
    /// <summary>Working through the walk-run phases.</summary>
    WalkRun,
    /// <summary>Running continuously and adding about 10% a week.</summary>
    BuildingVolume,
}

/// <summary>The return-to-run position.</summary>
/// <param name="Stage">Gate, walk-run or building volume.</param>
/// <param name="Phase">The current walk-run phase (for <see cref="RunStage.WalkRun"/>).</param>
/// <param name="TimesDone">Sessions that counted at the current phase.</param>
/// <param name="LastDecision">The last move.</param>
/// <param name="Reason">Why, in plain words.</param>
/// <param name="WeekMinutes">Running minutes in the last 7 days (building volume only).</param>
/// <param name="NextWeekMinutes">Suggested running minutes for the coming week (building volume only).</param>
/// <param name="Warnings">Things to change, such as running on two days in a row.</param>
public sealed record ReturnToRunStatus(RunStage Stage, WalkRunPhase? Phase, int TimesDone, StepDecision LastDecision, string Reason, int? WeekMinutes, int? NextWeekMinutes, IReadOnlyList<string> Warnings);

/// <summary>How recovery is going compared with what was expected.</summary>
public enum RecoveryTrend
{
    /// <summary>Too few check-ins or too little time to judge.</summary>
    EarlyDays,
    /// <summary>A meaningful improvement, or still within the expected time.</summary>
    OnTrack,
    /// <summary>Halfway to six weeks without a meaningful improvement.</summary>
    SlowerThanExpected,
    /// <summary>No meaningful improvement after six weeks, or clearly worse.</summary>
    SeePhysio,
}

/// <summary>The timeline re-estimated from the diary.</summary>
/// <param name="Trend">The verdict.</param>
/// <param name="StartPain">Average pain now over the diary's first week.</param>
/// <param name="RecentPain">Average pain now over the last week.</param>
/// <param name="DaysInDiary">Days from the first to the last check-in.</param>
/// <param name="Text">What it means, in plain words.</param>
public sealed record TimelineReestimate(RecoveryTrend Trend, double? StartPain, double? RecentPain, int DaysInDiary, string Text);

/// <summary>The red-flag re-screen of one check-in.</summary>
/// <param name="Triage">Emergency, urgent, or self-care when nothing was found.</param>
/// <param name="Flags">The warning signs found, emergency ones first.</param>
/// <param name="Advice">What to do now.</param>
public sealed record Rescreen(Triage Triage, IReadOnlyList<RedFlag> Flags, string Advice)
{
    /// <summary>True when a warning sign was found.</summary>
    public bool HasRedFlag => Flags.Count > 0;

    /// <summary>How soon to act: the most urgent flag's timeframe (spec 5.3).</summary>
    public Timeframe Timeframe => TriageRules.TimeframeOf(Triage, Flags);
}

/// <summary>Why a physio should look at a patient, most serious first.</summary>
public enum ConcernKind
{
    /// <summary>A warning sign was reported at a check-in and the plan is paused.</summary>
    RedFlag,
    /// <summary>Pain of 7/10 or more at the latest check-in.</summary>
    HighPain,
    /// <summary>Worse the next morning at the last two check-ins that reported a session (rest-day check-ins are skipped).</summary>
    RepeatedFlareUps,
    /// <summary>No check-in for 14 days.</summary>
    NoRecentCheckIn,
    /// <summary>A physio's programme is paused and the patient reports a doctor has cleared them: the physio reviews and resumes (spec 5.11 f).</summary>
    ClearanceReported,
}

/// <summary>One reason for a physio to look at a patient.</summary>
public sealed record Concern(ConcernKind Kind, string Text);

/// <summary>Where a diary starts from.</summary>
/// <param name="StartStages">The starting stage of each ladder the plan uses (categories absent are not followed).</param>
/// <param name="Skip">Exercise ids never suggested (held back for a likely differential).</param>
/// <param name="FollowingSince">The day the diary was opened (link issued or results saved).</param>
public sealed record RecoveryStart(IReadOnlyDictionary<CategoryId, int> StartStages, IReadOnlySet<string> Skip, DateOnly FollowingSince)
{
    /// <summary>
    /// The diary starts from a result that said stop running and was not cleared by a doctor: the
    /// walk test counts only after a check-in says a doctor has cleared exercise, so no walk-run
    /// phase is offered before that (spec 5.11 e).
    /// </summary>
    public bool RunningNeedsClearance { get; init; }

    /// <summary>Who lifts a pause: the runner (self-directed diaries, the default) or the physio (spec 5.11 f).</summary>
    public PauseLifter LiftedBy { get; init; } = PauseLifter.Runner;

    /// <summary>Starts each ladder at the highest stage of the plan's exercises in that category.</summary>
    public static RecoveryStart FromExercises(IEnumerable<string> exerciseIds, ExerciseCatalog catalog, DateOnly since, IEnumerable<string>? skip = null)
    {
        ArgumentNullException.ThrowIfNull(exerciseIds);
        ArgumentNullException.ThrowIfNull(catalog);
        var ids = exerciseIds.ToHashSet(StringComparer.Ordinal);
        var stages = new Dictionary<CategoryId, int>();
        foreach (var category in catalog.Categories)
        {
            foreach (var exercise in category.Exercises)
            {
                if (ids.Contains(exercise.Id))
                {
                    stages[category.Id] = Math.Max(stages.GetValueOrDefault(category.Id), exercise.Stage);
                }
            }
        }

        return new RecoveryStart(stages, new HashSet<string>(skip ?? [], StringComparer.Ordinal), since);
    }

    /// <summary>Starts from a self-check's plan; exercises held back for a likely differential stay off the ladders.</summary>
    public static RecoveryStart FromResult(AssessmentResult result, ExerciseCatalog catalog, DateOnly since)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(catalog);
        var likely = PlanBuilder.LikelyMask(result.Differentials);
        var skip = catalog.Categories.SelectMany(c => c.Exercises).Where(e => PlanBuilder.IsHeldBack(e, likely)).Select(e => e.Id);
        return FromExercises(result.Plan.Categories.SelectMany(c => c.Exercises).Select(e => e.Id), catalog, since, skip) with
        {
            // A stopRunning result always starts at the walk test; uncleared, the test waits for a doctor too.
            RunningNeedsClearance = result.Running.Advice == RunningAdviceKind.StopRunning && result.Plan.Withheld,
        };
    }
}

/// <summary>Where running must restart at the walk test (spec 5.11 d, e).</summary>
/// <param name="Lifts">For each session (same order), how many pauses had been lifted when it was logged.</param>
/// <param name="LiftsNow">How many pauses have been lifted in all.</param>
/// <param name="NeedsClearance">The walk test counts only after a check-in reports a doctor's clearance.</param>
public sealed record RunRestarts(IReadOnlyList<int> Lifts, int LiftsNow, bool NeedsClearance)
{
    /// <summary>No pause lifted and no clearance needed.</summary>
    public static RunRestarts None { get; } = new([], 0, false);
}

/// <summary>Everything the diary says now.</summary>
/// <param name="Paused">True while a warning sign reported at a check-in has not been cleared.</param>
/// <param name="PauseReason">The re-screen that paused the plan.</param>
/// <param name="Ladders">Where the runner is on each ladder of the plan.</param>
/// <param name="Running">The return-to-run position.</param>
/// <param name="Timeline">The re-estimated timeline.</param>
/// <param name="Concerns">Reasons for the physio to look, most serious first.</param>
public sealed record RecoveryPicture(bool Paused, Rescreen? PauseReason, IReadOnlyList<LadderPosition> Ladders, ReturnToRunStatus Running, TimelineReestimate Timeline, IReadOnlyList<Concern> Concerns)
{
    /// <summary>Who lifts the pause in this diary.</summary>
    public PauseLifter LiftedBy { get; init; } = PauseLifter.Runner;

    /// <summary>Paused, and the patient has since reported a doctor's clearance (a physio's programme: waiting for the physio).</summary>
    public bool ClearanceReported { get; init; }
}
