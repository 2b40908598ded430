namespace PiriformisRehab.Web.Data.Entities;

/// <summary>
/// A runner's self-check, saved without an account and reachable only through its private link.
/// The answers and the full result are stored as JSON so that reopening shows it exactly as it
/// was, with the rules version it was made with.
/// </summary>
public sealed class SavedAssessment
{
    public Guid Id { get; set; }

    /// <summary>SHA-256 of the link token; the token itself is never stored.</summary>
    public byte[] TokenHash { get; set; } = [];

    public string AnswersJson { get; set; } = "{}";

    public string ResultJson { get; set; } = "{}";

    public string RulesVersion { get; set; } = string.Empty;

    public bool ClinicianCleared { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
