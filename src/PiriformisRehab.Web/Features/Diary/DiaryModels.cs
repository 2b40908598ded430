using PiriformisRehab.Domain.Plans;
using PiriformisRehab.Domain.Recovery;

namespace PiriformisRehab.Web.Features.Diary;

/// <summary>Which link a diary is reached through.</summary>
public enum DiaryKind
{
    /// <summary>A physio's programme, through a patient link (/p/{token}).</summary>
    Programme,

    /// <summary>A runner's saved self-check (/r/{token}).</summary>
    Saved,
}

/// <summary>
/// A diary a usable link opens. <see cref="OwnerId"/> is the programme's or saved result's id: it
/// stays on the server (pages address the diary by the link only).
/// </summary>
/// <param name="Kind">Programme or saved self-check.</param>
/// <param name="OwnerId">The programme or saved assessment the check-ins belong to.</param>
/// <param name="Start">Where the ladders start.</param>
/// <param name="PlanExercises">The plan's exercises, in the plan's order.</param>
/// <param name="PlanWithheldReason">Why there is no plan (an emergency or urgent self-check result), or null.</param>
public sealed record Diary(DiaryKind Kind, Guid OwnerId, RecoveryStart Start, IReadOnlyList<Exercise> PlanExercises, string? PlanWithheldReason)
{
    public bool HasPlan => PlanWithheldReason is null;

    /// <summary>Exercises the physio added to the programme after it was made: offered beside each ladder's current stage.</summary>
    public IReadOnlyList<Exercise> PhysioAdded { get; init; } = [];

    /// <summary>
    /// The physio's own dose and note for each exercise in the programme, by exercise id; empty for a
    /// saved self-check, whose doses are the catalogue's.
    /// </summary>
    public IReadOnlyDictionary<string, PhysioDose> PhysioDoses { get; init; } = new Dictionary<string, PhysioDose>();
}

/// <summary>A physio's dose text and note for one exercise of a programme.</summary>
public sealed record PhysioDose(string Dosage, string? Notes);

/// <summary>One stored check-in as the diary shows it.</summary>
public sealed record DiaryEntry(CheckIn CheckIn, DateTimeOffset RecordedAt, string Triage);

/// <summary>A diary's check-ins in date order (then in the order they were logged) and what they add up to.</summary>
public sealed record DiaryState(Diary Diary, IReadOnlyList<DiaryEntry> Entries, RecoveryPicture Picture, DateOnly Today)
{
    public IReadOnlyList<CheckIn> CheckIns { get; } = [.. Entries.Select(e => e.CheckIn)];

    /// <summary>
    /// Today's exercises: the current stage of each ladder, then what the physio added; not every
    /// stage of the plan, so the checklist (and the follow-along session) is what the runner should
    /// be doing now. A plan with no ladder (one stored before ladders existed) offers its own
    /// exercises. Offered whether or not the plan is paused: the pages say so and offer none then.
    /// </summary>
    public IReadOnlyList<Exercise> OfferedExercises { get; } = Picture.Ladders.Count == 0
        ? Diary.PlanExercises
        : [.. Picture.Ladders.Select(l => l.Current).Concat(Diary.PhysioAdded).DistinctBy(e => e.Id)];

    /// <summary>The notice for the check-in logged last, shown after "saved"; null for an empty diary.</summary>
    public SavedCheckInNotice? AfterSave { get; init; }

    /// <summary>Warning signs reported in check-ins that had other errors (stored alone, spec 5.11 a).</summary>
    public IReadOnlyList<WarningSignReport> SignReports { get; init; } = [];

    /// <summary>A self-directed runner's own alerts with what to do (spec 5.11 g); none for a programme, whose physio is alerted instead.</summary>
    public IReadOnlyList<RunnerAlert> RunnerAlerts { get; init; } = [];
}

/// <summary>After a check-in is saved: the warning signs to lead the page with (null when none), and whether it resumed the plan.</summary>
public sealed record SavedCheckInNotice(Rescreen? Alert, bool Resumed);

/// <summary>
/// The answer to a check-in: the re-screen of the stored one; every problem by field (check-in not
/// stored), with the re-screen when a warning sign in it was stored alone (spec 5.11 a); or
/// neither when the diary was deleted while the check-in was on its way.
/// </summary>
public sealed record CheckInOutcome(IReadOnlyDictionary<string, string> Errors, Rescreen? Rescreen)
{
    public static readonly CheckInOutcome DiaryGone = new(new Dictionary<string, string>(), null);

    public bool Saved => Rescreen is not null && Errors.Count == 0;

    /// <summary>The check-in had errors but its warning sign was stored, pausing the plan.</summary>
    public bool SignStored => Rescreen is { HasRedFlag: true } && Errors.Count > 0;

    public bool Gone => Rescreen is null && Errors.Count == 0;
}
