using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using PiriformisRehab.Web.Data;
using PiriformisRehab.Web.Features.Common;

namespace PiriformisRehab.Web.Features.PatientPages;

/// <summary>
/// What a patient page's content depends on, read afresh on every request: the link is looked up
/// and checked (revoked, expired, archived all give null, so the page's own "not valid" 404 runs),
/// then its content key is built from everything the page shows. The patient's diary revision moves
/// with every change to the programme, its exercises, its links, check-ins, warning signs and
/// reviews, in the same transaction (ADR-009), so a kept page is never served for older data.
/// </summary>
public sealed class PatientPageKeys(IDbContextFactory<AppDbContext> contexts, TimeProvider clock)
{
    /// <summary>The content key of this page for this token, or null when the link is not usable.</summary>
    public async Task<string?> KeyAsync(PatientPageKind kind, string token, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        if (await LinkLookups.UsablePatientLinkStateAsync(db, token, clock.GetUtcNow(), ct) is not { } link)
        {
            return null;
        }

        var key = new StringBuilder(160)
            .Append(kind == PatientPageKind.Programme ? "p" : "d")
            .Append('|').Append(link.LinkId)
            .Append('|').Append(link.ProgrammeId)
            .Append('|').Append(link.DiaryRevision)
            .Append('|').Append(link.ExpiresAt.UtcTicks)
            .Append('|').Append(link.ProgrammeUpdatedAt.UtcTicks)
            // The diary counts days and the 14-day rules move with the calendar; the programme page
            // shows no "today", but the day costs nothing and bounds how long any page is kept.
            .Append('|').Append(clock.Today().DayNumber)
            // The programme page names the physio; a new display name moves no revision.
            .Append('|').Append(kind == PatientPageKind.Programme ? link.PhysioName : null);
        // Hashed so the key is short and holds no display name.
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key.ToString())));
    }
}
