using PiriformisRehab.Domain.Plans;
using PiriformisRehab.Web.Data.Entities;

namespace PiriformisRehab.Web.Features.Clinic;

public sealed record PatientDetail(Guid Id, string Label, DateTimeOffset CreatedAt, IReadOnlyList<ProgrammeSummary> Programmes);

public sealed record ProgrammeSummary(Guid Id, ProgrammeOrigin Origin, DateTimeOffset CreatedAt, int ExerciseCount, LinkStatus Link);

public sealed record ProgrammeDetail(
    Guid Id,
    Guid PatientId,
    string PatientLabel,
    ProgrammeOrigin Origin,
    string RulesVersion,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    IReadOnlyList<ProgrammeItem> Exercises,
    LinkStatus Link);

/// <summary>One exercise of a programme: the catalogue's content with the physio's dosage and notes.</summary>
public sealed record ProgrammeItem(Guid Id, Exercise Exercise, CategoryId Category, string Dosage, string? Notes);

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

    /// <summary>The state of the most recently issued of <paramref name="links"/>.</summary>
    public static LinkStatus Newest(IEnumerable<PatientLink> links, DateTimeOffset now) =>
        Of(links.OrderByDescending(l => l.CreatedAt).FirstOrDefault(), now);

    public static LinkStatus Of(PatientLink? newest, DateTimeOffset now) => newest switch
    {
        null => None,
        { RevokedAt: not null } => new(LinkState.Revoked, newest.ExpiresAt),
        _ when newest.IsUsableAt(now) => new(LinkState.Active, newest.ExpiresAt),
        _ => new(LinkState.Expired, newest.ExpiresAt),
    };
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
    public static string Describe(ProgrammeOrigin origin) => origin switch
    {
        ProgrammeOrigin.StandardPlan => "Standard plan",
        ProgrammeOrigin.RunnerSavedLink => "From the runner's saved self-check",
        ProgrammeOrigin.SelfCheckWithPatient => "From a self-check done together",
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
