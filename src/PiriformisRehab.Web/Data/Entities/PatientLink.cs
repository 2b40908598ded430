namespace PiriformisRehab.Web.Data.Entities;

/// <summary>A revocable, expiring link to a programme; only the token's hash is stored.</summary>
public sealed class PatientLink
{
    public Guid Id { get; set; }

    public Guid ProgrammeId { get; set; }

    public Programme? Programme { get; set; }

    public byte[] TokenHash { get; set; } = [];

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }

    public bool IsUsableAt(DateTimeOffset now) => RevokedAt is null && now < ExpiresAt;
}
