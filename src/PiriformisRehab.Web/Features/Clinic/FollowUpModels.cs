using PiriformisRehab.Domain.Plans;
using PiriformisRehab.Domain.Recovery;
using PiriformisRehab.Domain.Rules;

namespace PiriformisRehab.Web.Features.Clinic;

/// <summary>One row of the clinic list: a patient with their diary's concerns and trend.</summary>
/// <remarks>
/// Concerns: One per kind, most serious first, over every followed programme.<br/>
/// LastCheckIn: The latest session date over every followed programme.<br/>
/// Trend: The pain trend of the programme with the most recent check-in, or null without check-ins.<br/>
/// </remarks>
public sealed record PatientOverview(
    Guid Id,
    string Label,
    DateTimeOffset CreatedAt,
    int ProgrammeCount,
    IReadOnlyList<Concern> Concerns,
    DateOnly? LastCheckIn,
    PainTrend? Trend)
{
    /// <summary>Every alert of the patient has been acknowledged since it arrived: the row moves down the list (spec 5.11 h).</summary>
    public bool Acknowledged { get; init; }
}

/// <summary>Pain from the first to the latest check-in of one diary, and the timeline's verdict.</summary>
/// <remarks>Recent: pain now at the last <see cref="FollowUp.SparklinePoints"/> check-ins, oldest first, for the list's sparkline.</remarks>
public sealed record PainTrend(int FirstPainNow, int PainNow, int PainWorst, int Days, int CheckIns, RecoveryTrend Timeline, IReadOnlyList<int> Recent);

/// <summary>A patient's followed programmes, each read by the recovery engine.</summary>
public sealed record PatientDiaries(Guid PatientId, string Label, IReadOnlyList<Concern> Concerns, IReadOnlyList<ProgrammeDiary> Programmes)
{
    /// <summary>The diary that speaks for the patient now: the one with the most recent check-in, else the newest.</summary>
    public ProgrammeDiary? Current => FollowUp.CurrentOf(Programmes);
}

/// <summary>One programme's diary as the physio sees it.</summary>
/// <remarks>
/// CheckIns: Every check-in, in date order (same-day ones in the order they were logged).<br/>
/// Stages: The plan stage per category, with the physio's dose where the exercise is in the programme.<br/>
/// Followed: True once a patient link was issued: only then can the patient check in.<br/>
/// Concerns: This programme's concerns as the engine gives them (none when not followed), before the patient-level merge.<br/>
/// </remarks>
public sealed record ProgrammeDiary(
    Guid ProgrammeId,
    bool Followed,
    ProgrammeSource Origin,
    DateTimeOffset CreatedAt,
    Guid? SourceAssessmentId,
    LinkStatus Link,
    RecoveryPicture Picture,
    IReadOnlyList<CheckIn> CheckIns,
    IReadOnlyList<PlanStage> Stages,
    IReadOnlyList<Concern> Concerns,
    int ExerciseCount)
{
    /// <summary>How many check-ins the patient page's table shows.</summary>
    public const int RecentCount = 10;

    public DateOnly? LastCheckIn => CheckIns.Count > 0 ? CheckIns[^1].SessionDate : null;

    /// <summary>The latest <see cref="RecentCount"/> check-ins, newest first, each with its own re-screen.</summary>
    public IReadOnlyList<CheckInRow> Recent { get; init; } = [];

    /// <summary>The physio's acknowledgements and resumes, oldest first.</summary>
    public IReadOnlyList<ReviewRecord> Reviews { get; init; } = [];

    /// <summary>Warning signs reported in check-ins that were not stored.</summary>
    public IReadOnlyList<WarningSignReport> SignReports { get; init; } = [];

    /// <summary>When the patient last sent anything (a check-in or a sign alone); null when never.</summary>
    public DateTimeOffset? LastHeard { get; init; }

    /// <summary>The latest review, or null.</summary>
    public ReviewRecord? LastReview => Reviews.Count > 0 ? Reviews[^1] : null;

    /// <summary>
    /// The alerts have been acknowledged (or the plan resumed) since the patient last sent anything.
    /// A new check-in or sign brings the alerts back up until they are acknowledged again.
    /// </summary>
    public bool Acknowledged => Concerns.Count > 0 && LastReview is { } review && (LastHeard is null || review.At >= LastHeard);
}

/// <summary>What a physio did about a diary's alerts.</summary>
public enum ReviewKind
{
    Acknowledged,
    Resumed,
}

/// <summary>One acknowledgement or resume: who, when and the note.</summary>
public sealed record ReviewRecord(ReviewKind Kind, string By, DateTimeOffset At, string? Note);

/// <summary>A check-in in the physio's table, with the triage of its own re-screen when it reported a warning sign.</summary>
public sealed record CheckInRow(CheckIn CheckIn, Triage? WarningSign);

/// <summary>Where a category's ladder stands, with the dose to do it at.</summary>
public sealed record PlanStage(string Category, Exercise Current, string Dose, Exercise? Next, string Reason);

/// <summary>The one-page summary: the patient's current diary and the self-check it started from.</summary>
/// <remarks>
/// SourceResult: The saved self-check's result, or null for the standard plan (or a result this version cannot read).<br/>
/// </remarks>
public sealed record PatientSummary(PatientDiaries Patient, ProgrammeDiary? Diary, AssessmentResult? SourceResult, DateOnly Printed);
