namespace PiriformisRehab.Web.Data.Entities;

/// <summary>
/// One diary check-in. It belongs to exactly one diary: a physio's programme (opened through a
/// patient link) or a runner's saved self-check. Deleting either deletes its check-ins.
/// </summary>
public sealed class CheckInEntry
{
    public Guid Id { get; set; }

    /// <summary>Set when the check-in was made through a patient link.</summary>
    public Guid? ProgrammeId { get; set; }

    /// <summary>Set when the check-in was made from a runner's saved results.</summary>
    public Guid? SavedAssessmentId { get; set; }

    public DateOnly SessionDate { get; set; }

    public DateTimeOffset RecordedAt { get; set; }

    public int PainNow { get; set; }

    public int PainWorst { get; set; }

    /// <summary>"better", "same" or "worse"; null when no session was done.</summary>
    public string? MorningAfter { get; set; }

    public int? ExercisePain { get; set; }

    public int? SittingMinutes { get; set; }

    /// <summary>"none", "briskWalk", "walkRun" or "continuousRun".</summary>
    public string Activity { get; set; } = "none";

    public int? WalkRunPhase { get; set; }

    public int? RunMinutes { get; set; }

    public int? RunPain { get; set; }

    /// <summary>Exercise ids as a JSON array.</summary>
    public string ExercisesDoneJson { get; set; } = "[]";

    public string? Note { get; set; }

    /// <summary>Safety-question ids answered yes, as a JSON array.</summary>
    public string RedFlagsJson { get; set; } = "[]";

    /// <summary>The re-screen's triage when the check-in was made ("emergency", "urgent" or "selfCare").</summary>
    public string Triage { get; set; } = "selfCare";

    public bool ClinicianCleared { get; set; }
}
