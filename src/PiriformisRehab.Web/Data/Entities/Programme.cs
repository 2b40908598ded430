namespace PiriformisRehab.Web.Data.Entities;

/// <summary>Where a programme's starting exercises came from.</summary>
public enum ProgrammeOrigin
{
    StandardPlan,
    SelfCheckWithPatient,
    RunnerSavedLink,
}

/// <summary>A physio's rehab programme for one patient, shared through patient links.</summary>
public sealed class Programme
{
    public Guid Id { get; set; }

    public Guid PatientId { get; set; }

    public Patient? Patient { get; set; }

    public ProgrammeOrigin Origin { get; set; }

    /// <summary>The saved self-check this programme started from, if any.</summary>
    public Guid? SourceAssessmentId { get; set; }

    public string RulesVersion { get; set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Set when the physio archived it: hidden from the lists, its links no longer open.</summary>
    public DateTimeOffset? ArchivedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Exercise ids the source result held back for a likely differential, as a JSON array: the ladders never offer them.</summary>
    public string HeldBackJson { get; set; } = "[]";

    public List<ProgrammeExercise> Exercises { get; set; } = [];

    public List<PatientLink> Links { get; set; } = [];
}
