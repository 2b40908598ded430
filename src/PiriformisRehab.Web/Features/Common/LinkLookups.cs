using Microsoft.EntityFrameworkCore;
using PiriformisRehab.Web.Data;
using PiriformisRehab.Web.Data.Entities;

namespace PiriformisRehab.Web.Features.Common;

/// <summary>
/// The one lookup of each kind of private link by its token, for every feature that opens one: by
/// hash, then checked in fixed time; null for a malformed, unknown, revoked or expired token (or an archived programme) alike.
/// A malformed token never reaches the database.
/// </summary>
public static class LinkLookups
{
    /// <summary>The patient link (/p) behind a usable token.</summary>
    public static async Task<PatientLink?> UsablePatientLinkAsync(IQueryable<PatientLink> links, string? token, DateTimeOffset now, CancellationToken ct)
    {
        if (!ShareToken.LooksValid(token))
        {
            return null;
        }

        var hash = ShareToken.Hash(token!);
        // An archived programme or patient answers like a revoked link: "not valid".
        var link = await links.FirstOrDefaultAsync(l => l.TokenHash == hash && l.Programme!.ArchivedAt == null && l.Programme.Patient!.ArchivedAt == null, ct);
        return link is not null && link.IsUsableAt(now) && ShareToken.Matches(link.TokenHash, token!) ? link : null;
    }

    /// <summary>
    /// What a patient page's content depends on (<see cref="PatientLinkState"/>), behind a usable
    /// token: the same checks as <see cref="UsablePatientLinkAsync"/>, in one compiled query that
    /// reads six columns, since the kept patient pages run it on every request (ADR-017).
    /// </summary>
    public static async Task<PatientLinkState?> UsablePatientLinkStateAsync(AppDbContext db, string? token, DateTimeOffset now, CancellationToken ct)
    {
        if (!ShareToken.LooksValid(token))
        {
            return null;
        }

        var row = await LinkStateByHash(db, ShareToken.Hash(token!)).FirstOrDefaultAsync(ct);
        return row is not null && row.RevokedAt is null && now < row.ExpiresAt && ShareToken.Matches(row.TokenHash, token!) ? row.State : null;
    }

    private static readonly Func<AppDbContext, byte[], IAsyncEnumerable<LinkStateRow>> LinkStateByHash = EF.CompileAsyncQuery(
        (AppDbContext db, byte[] hash) => db.PatientLinks
            .Where(l => l.TokenHash == hash && l.Programme!.ArchivedAt == null && l.Programme.Patient!.ArchivedAt == null)
            .Select(l => new LinkStateRow(
                l.TokenHash, l.ExpiresAt, l.RevokedAt,
                new PatientLinkState(l.Id, l.ProgrammeId, l.ExpiresAt, l.Programme!.UpdatedAt, l.Programme.Patient!.DiaryRevision,
                    db.Users.Where(u => u.Id == l.Programme.Patient.PhysioId).Select(u => u.DisplayName).FirstOrDefault())))
            .Take(1));

    private sealed record LinkStateRow(byte[] TokenHash, DateTimeOffset ExpiresAt, DateTimeOffset? RevokedAt, PatientLinkState State);

    /// <summary>The saved self-check (/r) behind a token.</summary>
    public static async Task<SavedAssessment?> SavedAssessmentAsync(IQueryable<SavedAssessment> rows, string? token, CancellationToken ct)
    {
        if (!ShareToken.LooksValid(token))
        {
            return null;
        }

        var hash = ShareToken.Hash(token!);
        var row = await rows.FirstOrDefaultAsync(a => a.TokenHash == hash, ct);
        return row is not null && ShareToken.Matches(row.TokenHash, token!) ? row : null;
    }
}
