namespace PiriformisRehab.Domain.Recovery;

/// <summary>Who may lift a diary's pause (spec 5.11 f).</summary>
public enum PauseLifter
{
    /// <summary>A self-directed diary: the runner, by confirming at a check-in that a doctor examined them.</summary>
    Runner,
    /// <summary>A physio's programme: only the physio ("reviewed, resume", with a note); the patient's clearance is recorded and alerts the physio.</summary>
    Physio,
}

/// <summary>
/// A warning sign reported in a check-in that could not be stored because other fields had errors
/// (spec 5.11 a): the sign still pauses the plan and alerts the physio.
/// </summary>
/// <param name="RecordedAt">When it was reported.</param>
/// <param name="SessionDate">The session date given, or the day it was reported when that field was not valid.</param>
/// <param name="RedFlagAnswers">Safety-question ids answered yes.</param>
public sealed record WarningSignReport(DateTimeOffset RecordedAt, DateOnly SessionDate, IReadOnlyList<string> RedFlagAnswers);

/// <summary>What a diary holds beside its check-ins: warning signs reported alone, and the physio's resumes.</summary>
/// <param name="SignReports">Warning signs reported in check-ins that were not stored.</param>
/// <param name="Resumes">When the physio marked the diary reviewed and resumed it.</param>
public sealed record DiaryEvents(IReadOnlyList<WarningSignReport> SignReports, IReadOnlyList<DateTimeOffset> Resumes)
{
    /// <summary>Nothing beside the check-ins.</summary>
    public static DiaryEvents None { get; } = new([], []);
}
