using Microsoft.EntityFrameworkCore;
using PiriformisRehab.Web.Data;
using PiriformisRehab.Web.Data.Entities;
using PiriformisRehab.Web.Features.SelfCheck;
using PiriformisRehab.Web.Features.Common;

namespace PiriformisRehab.Web.Features.SavedResults;

/// <summary>
/// Saves a runner's self-check behind a private link and opens or deletes it again. Only the
/// token's hash is stored; one short-lived context per operation. Neither tokens nor answers are
/// logged here.
/// </summary>
public sealed class SavedResultsService(IDbContextFactory<AppDbContext> contexts, SelfCheckService selfCheck, TimeProvider time)
{
    /// <summary>
    /// Evaluates the answers again (a posted result is never trusted) and stores answers, result and
    /// rules version in one SaveChanges. Returns the link token, or null when the answers are not valid.
    /// </summary>
    public async Task<string?> SaveAsync(AnswerDraft draft, bool clinicianCleared, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var result = selfCheck.Evaluate(draft, clinicianCleared, out _);
        if (result is null)
        {
            return null;
        }

        var (token, hash) = ShareToken.Create();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.SavedAssessments.Add(new SavedAssessment
        {
            Id = Guid.CreateVersion7(),
            TokenHash = hash,
            AnswersJson = draft.ToJson(),
            ResultJson = StoredResultJson.Write(result),
            RulesVersion = result.RulesVersion,
            ClinicianCleared = clinicianCleared,
            CreatedAt = time.GetUtcNow(),
        });
        await db.SaveChangesAsync(cancellationToken);
        return token;
    }

    /// <summary>The saved self-check behind a token, or null for a malformed, unknown or deleted one.</summary>
    public async Task<SavedResult?> FindAsync(string? token, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await LinkLookups.SavedAssessmentAsync(db.SavedAssessments.AsNoTracking(), token, cancellationToken);
        return row is null ? null : ToSaved(row);
    }

    /// <summary>
    /// A saved self-check a physio starts a programme from, with the id the programme keeps as its
    /// source (it stays on the server); null for a malformed, unknown or deleted token.
    /// </summary>
    public async Task<SavedSource?> FindSourceAsync(string? token, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await LinkLookups.SavedAssessmentAsync(db.SavedAssessments.AsNoTracking(), token, cancellationToken);
        return row is null ? null : new SavedSource(row.Id, ToSaved(row));
    }

    /// <summary>Removes the saved self-check for good; false when the token finds nothing.</summary>
    public async Task<bool> DeleteAsync(string? token, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await LinkLookups.SavedAssessmentAsync(db.SavedAssessments, token, cancellationToken);
        if (row is null)
        {
            return false;
        }

        db.SavedAssessments.Remove(row);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Deleted by another request in between: it is gone either way, but not by this call.
            return false;
        }

        return true;
    }

    private static SavedResult ToSaved(SavedAssessment row) =>
        new(AnswerDraft.FromJson(row.AnswersJson), StoredResultJson.Read(row.ResultJson), row.RulesVersion, row.CreatedAt);
}
