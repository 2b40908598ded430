using PiriformisRehab.Domain.Plans;

namespace PiriformisRehab.Web.Features.Clinic;

public sealed record PatientDetail(Guid Id, string Label, DateTimeOffset CreatedAt, IReadOnlyList<ProgrammeSummary> Programmes);

public sealed record ProgrammeSummary(Guid Id, ProgrammeSource Origin, DateTimeOffset CreatedAt, int ExerciseCount, LinkStatus Link);

public sealed record ProgrammeDetail(
    Guid Id,
    Guid PatientId,
    string PatientLabel,
    ProgrammeSource Origin,
    string RulesVersion,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    IReadOnlyList<ProgrammeItem> Exercises,
    LinkStatus Link)
{
    /// <summary>When the physio archived it: off the patient's diaries and the clinic list, its links "not valid".</summary>
    public DateTimeOffset? ArchivedAt { get; init; }
}

/// <summary>An archived programme as the patient page lists it, to open or un-archive.</summary>
public sealed record ArchivedProgramme(Guid Id, ProgrammeSource Origin, DateTimeOffset CreatedAt, DateTimeOffset ArchivedAt);

/// <summary>One exercise of a programme: the catalogue's content with the physio's dosage and notes.</summary>
public sealed record ProgrammeItem(Guid Id, Exercise Exercise, CategoryId Category, string Dosage, string? Notes)
{
    /// <summary>The structured dose behind <see cref="Dosage"/>: the physio's, or the catalogue's while they have not changed it.</summary>
    public Dose Dose { get; init; } = Exercise.Dose;
}

public enum LinkState
{
    None,
    Active,
    Revoked,
    Expired,
}

/// <summary>The state of a programme's newest patient link.</summary>
public sealed record LinkStatus(LinkState State, DateTimeOffset? ExpiresAt)
{
    public static readonly LinkStatus None = new(LinkState.None, null);
}

/// <summary>What a programme's starting exercises came from.</summary>
public enum ProgrammeSource
{
    StandardPlan,
    SelfCheckWithPatient,
    RunnerSavedLink,
}

/// <summary>What a programme was started from, as the physio chose it.</summary>
public enum ProgrammeStart
{
    StandardPlan,
    SavedLink,
}

/// <summary>The outcome of creating a programme: its id, or why it could not be made (never both).</summary>
public sealed record ProgrammeCreation(Guid? ProgrammeId, SavedLinkProblem? Problem);

public enum SavedLinkProblem
{
    /// <summary>Not a /r/ link or token at all.</summary>
    Malformed,
    /// <summary>Well formed, but no saved self-check has it.</summary>
    NotFound,
    /// <summary>The self-check raised an emergency warning sign, so it has no plan to copy.</summary>
    NoPlan,
}

public static class ProgrammeText
{
    public static string Describe(ProgrammeSource origin) => origin switch
    {
        ProgrammeSource.StandardPlan => "Standard plan",
        ProgrammeSource.RunnerSavedLink => "From the runner's saved self-check",
        ProgrammeSource.SelfCheckWithPatient => "From a self-check done together",
        _ => origin.ToString(),
    };

    public static string Describe(SavedLinkProblem problem) => problem switch
    {
        SavedLinkProblem.Malformed => "Paste the whole saved-results link (it contains /r/) or the code after /r/.",
        SavedLinkProblem.NotFound => "No saved self-check has this link. Check it was copied in full.",
        SavedLinkProblem.NoPlan => "That self-check found an emergency warning sign, so it has no exercise plan. Assess the patient, then start from the standard plan.",
        _ => problem.ToString(),
    };
}
