namespace PiriformisRehab.Domain.Recovery;

/// <summary>How the symptoms felt the morning after the session a check-in reports.</summary>
public enum MorningAfter
{
    /// <summary>Better than before the session.</summary>
    Better,
    /// <summary>No different.</summary>
    Same,
    /// <summary>Worse: a flare-up.</summary>
    Worse,
}

/// <summary>What kind of walking or running a check-in reports.</summary>
public enum RunActivity
{
    /// <summary>No walking test or running.</summary>
    None,
    /// <summary>The readiness test: a brisk walk (30 minutes to pass).</summary>
    BriskWalk,
    /// <summary>One phase of the walk-run programme in seeds/return-to-run.json.</summary>
    WalkRun,
    /// <summary>Continuous running, once the walk-run phases are done.</summary>
    ContinuousRun,
}

/// <summary>
/// One diary entry. A check-in reports one session (the exercises and any walking or running
/// done that day) and how it felt the next morning, so it is best logged the morning after.
/// </summary>
/// <param name="SessionDate">The day of the session.</param>
/// <param name="PainNow">Pain now, NPRS 0-10.</param>
/// <param name="PainWorst">Worst pain since the last check-in, NPRS 0-10 (never below <paramref name="PainNow"/>).</param>
/// <param name="MorningAfter">How it felt the next morning; null when no session was done.</param>
/// <param name="ExercisePain">Highest pain during the exercises, 0-10; null when none were done.</param>
/// <param name="SittingMinutes">How long the runner can sit before the pain builds; null when not given.</param>
/// <param name="Activity">Walking test or running done.</param>
/// <param name="WalkRunPhase">The walk-run phase done (1-based), for <see cref="RunActivity.WalkRun"/>.</param>
/// <param name="RunMinutes">Minutes walked (test) or run; for a walk-run phase, the phase's running minutes.</param>
/// <param name="RunPain">Highest pain during the walk or run, 0-10; null when none was done.</param>
/// <param name="ExercisesDone">Catalogue ids of the exercises done.</param>
/// <param name="Note">The runner's own note, if any.</param>
/// <param name="RedFlagAnswers">Safety-question ids answered yes at this check-in.</param>
/// <param name="ClinicianCleared">The runner says a doctor has seen the warning sign and cleared exercise.</param>
public sealed record CheckIn(
    DateOnly SessionDate,
    int PainNow,
    int PainWorst,
    MorningAfter? MorningAfter,
    int? ExercisePain,
    int? SittingMinutes,
    RunActivity Activity,
    int? WalkRunPhase,
    int? RunMinutes,
    int? RunPain,
    IReadOnlyList<string> ExercisesDone,
    string? Note,
    IReadOnlyList<string> RedFlagAnswers,
    bool ClinicianCleared)
{
    /// <summary>
    /// When the check-in was logged (not the session's date); orders the red-flag pause. Left at its
    /// default for a check-in not yet stored, which then sorts by session date.
    /// </summary>
    public DateTimeOffset RecordedAt { get; init; }

    /// <summary>True when exercises or a walk or run were done.</summary>
    public bool HadSession => ExercisesDone.Count > 0 || Activity != RunActivity.None;

    /// <summary>True when the morning after was worse: the pain-monitoring model's flare-up.</summary>
    public bool FlaredUp => MorningAfter == Recovery.MorningAfter.Worse;

    /// <summary>True when actual running was done (a walk-run phase or a continuous run).</summary>
    public bool Ran => Activity is RunActivity.WalkRun or RunActivity.ContinuousRun;
}
