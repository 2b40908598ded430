namespace PiriformisRehab.Web.Data.Entities;

/// <summary>
/// A warning sign reported in a check-in that was not stored because other fields had errors
/// (spec 5.11 a). It pauses the diary exactly as a stored check-in's sign does. Belongs to one
/// diary, like a check-in, and goes with it.
/// </summary>
public sealed class WarningSignEntry
{
    public Guid Id { get; set; }

    public Guid? ProgrammeId { get; set; }

    public Guid? SavedAssessmentId { get; set; }

    /// <summary>The session date given, or the day of the report when it was not valid.</summary>
    public DateOnly SessionDate { get; set; }

    public DateTimeOffset RecordedAt { get; set; }

    /// <summary>Safety-question ids answered yes, as a JSON array.</summary>
    public string RedFlagsJson { get; set; } = "[]";

    /// <summary>The re-screen's triage ("emergency" or "urgent").</summary>
    public string Triage { get; set; } = "urgent";
}
