using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PiriformisRehab.Domain.Plans;
using PiriformisRehab.Web.Data;
using PiriformisRehab.Web.Data.Entities;
using PiriformisRehab.Web.Features.Common;
using PiriformisRehab.Web.Options;
using QRCoder;

namespace PiriformisRehab.Web.Features.Clinic;

/// <summary>A programme's exercise as the patient sees it.</summary>
public sealed record SharedExercise(Exercise Exercise, string Dosage, string? Notes);

/// <summary>What a valid patient link opens.</summary>
public sealed record SharedProgramme(string PhysioName, DateTimeOffset UpdatedAt, DateTimeOffset ExpiresAt, IReadOnlyList<SharedExercise> Exercises);

/// <summary>
/// Patient links (/p/{token}). The token is shown to the physio once and never stored: only its
/// SHA-256 hash is, so a lost link cannot be recovered, only replaced.
/// </summary>
public sealed class PatientLinkService(IDbContextFactory<AppDbContext> contexts, ExerciseCatalog catalog, IOptions<PatientLinkOptions> options, TimeProvider clock)
{
    /// <summary>How long links may last (PatientLinks in appsettings.json).</summary>
    public PatientLinkOptions Expiry => options.Value;

    /// <summary>
    /// Issues a new link and revokes any earlier one (one live link per programme). Returns the
    /// token, or null when the programme is not this physio's.
    /// </summary>
    public async Task<string?> IssueAsync(string physioId, Guid patientId, Guid programmeId, int expiryDays, CancellationToken ct = default)
    {
        if (!Expiry.IsValidExpiry(expiryDays))
        {
            throw new ArgumentOutOfRangeException(nameof(expiryDays), expiryDays, $"A link lasts 1 to {Expiry.MaxExpiryDays} days.");
        }

        // Two posts at once (a double click) both revoke the old link and add a new one; the unique
        // index on a programme's live link lets only one insert win. The loser starts again on a
        // fresh context, sees the winner's link, revokes it and adds its own: one live link, the last.
        // Within one instance the posts for a programme also take turns, so a double click does
        // not even reach the index (and log a failed insert); the index covers several instances.
        var stripe = IssueStripes[(programmeId.GetHashCode() & int.MaxValue) % IssueStripes.Length];
        await stripe.WaitAsync(ct);
        try
        {
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    return await TryIssueAsync(physioId, patientId, programmeId, expiryDays, ct);
                }
                catch (DbUpdateException) when (attempt < MaxIssueAttempts)
                {
                    // Another instance issued a link for this programme and committed first.
                }
            }
        }
        finally
        {
            stripe.Release();
        }
    }

    private const int MaxIssueAttempts = 5;

    private static readonly SemaphoreSlim[] IssueStripes = [.. Enumerable.Range(0, 64).Select(_ => new SemaphoreSlim(1, 1))];

    private async Task<string?> TryIssueAsync(string physioId, Guid patientId, Guid programmeId, int expiryDays, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var programme = await Ownership.Programmes(db, physioId, patientId).Include(p => p.Links).FirstOrDefaultAsync(p => p.Id == programmeId, ct);
        if (programme is null)
        {
            return null;
        }

        // Revoke, then insert, as two statements of one transaction: in one SaveChanges EF could
        // order the insert first, and the unique index would refuse it.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var now = clock.GetUtcNow();
        RevokeAll(programme, now);
        await db.SaveChangesAsync(ct);
        var (token, hash) = ShareToken.Create();
        db.PatientLinks.Add(new PatientLink { Id = Guid.NewGuid(), ProgrammeId = programme.Id, TokenHash = hash, CreatedAt = now, ExpiresAt = now.AddDays(expiryDays) });
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return token;
    }

    /// <summary>
    /// Whether the token is this physio's programme's live link: the "send by e-mail" form posts the
    /// token back from the link-issued page, and must not mail out anything else.
    /// </summary>
    public async Task<bool> IsLiveLinkAsync(string physioId, Guid patientId, Guid programmeId, string? token, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var owned = Ownership.Programmes(db, physioId, patientId).Where(p => p.Id == programmeId).Select(p => p.Id);
        var link = await LinkLookups.UsablePatientLinkAsync(db.PatientLinks.AsNoTracking().Where(l => owned.Contains(l.ProgrammeId)), token, clock.GetUtcNow(), ct);
        return link is not null;
    }

    /// <summary>Revokes the programme's links; false when the programme is not this physio's.</summary>
    public async Task<bool> RevokeAsync(string physioId, Guid patientId, Guid programmeId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var programme = await Ownership.Programmes(db, physioId, patientId).Include(p => p.Links).FirstOrDefaultAsync(p => p.Id == programmeId, ct);
        if (programme is null)
        {
            return false;
        }

        RevokeAll(programme, clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>The programme behind a usable token; null for a malformed, unknown, revoked or expired one alike.</summary>
    public async Task<SharedProgramme?> OpenAsync(string? token, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var link = await LinkLookups.UsablePatientLinkAsync(
            db.PatientLinks.AsNoTracking()
                .Include(l => l.Programme).ThenInclude(p => p!.Exercises)
                .Include(l => l.Programme).ThenInclude(p => p!.Patient),
            token, clock.GetUtcNow(), ct);
        if (link?.Programme is null)
        {
            return null;
        }

        var physioId = link.Programme.Patient!.PhysioId;
        var physio = await db.Users.AsNoTracking().Where(u => u.Id == physioId).Select(u => u.DisplayName).FirstOrDefaultAsync(ct);
        var exercises = link.Programme.Exercises
            .OrderBy(e => e.Position)
            .Select(e => (Row: e, Exercise: catalog.Find(e.ExerciseId)))
            .Where(x => x.Exercise is not null)
            .Select(x => new SharedExercise(x.Exercise!, x.Row.Dosage, x.Row.Notes))
            .ToList();
        return new SharedProgramme(string.IsNullOrWhiteSpace(physio) ? "your physiotherapist" : physio, link.Programme.UpdatedAt, link.ExpiresAt, exercises);
    }

    /// <summary>A QR code of the link as a PNG data URI, for the screen and for print.</summary>
    public static string QrCodeDataUri(string url)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(url, QRCodeGenerator.ECCLevel.M);
        using var png = new PngByteQRCode(data);
        return "data:image/png;base64," + Convert.ToBase64String(png.GetGraphic(8));
    }

    private static void RevokeAll(Programme programme, DateTimeOffset now)
    {
        foreach (var link in programme.Links.Where(l => l.RevokedAt is null))
        {
            link.RevokedAt = now;
        }
    }
}
