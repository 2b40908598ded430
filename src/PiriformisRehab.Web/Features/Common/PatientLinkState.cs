namespace PiriformisRehab.Web.Features.Common;

/// <summary>
/// A usable patient link and what the pages behind it depend on: the patient's diary revision,
/// which moves with every change to the programme, its exercises and links, and the diary
/// (ADR-009), and the physio's display name, which no revision follows.
/// </summary>
public sealed record PatientLinkState(Guid LinkId, Guid ProgrammeId, DateTimeOffset ExpiresAt, DateTimeOffset ProgrammeUpdatedAt, long DiaryRevision, string? PhysioName);
