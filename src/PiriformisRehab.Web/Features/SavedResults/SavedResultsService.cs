using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PiriformisRehab.Web.Data;
using PiriformisRehab.Web.Data.Entities;
using PiriformisRehab.Web.Extensions;
using PiriformisRehab.Web.Features.SelfCheck;
using PiriformisRehab.Web.Features.Sharing;
using AssessmentResult = PiriformisRehab.Domain.Rules.AssessmentResult;

namespace PiriformisRehab.Web.Features.SavedResults;

/// <summary>
/// Saves a runner's self-check behind a private link and opens or deletes it again. Only the
/// token's hash is stored; one short-lived context per operation. Neither tokens nor answers are
/// logged here.
/// </summary>
public sealed class SavedResultsService(IDbContextFactory<AppDbContext> contexts, SelfCheckService selfCheck, TimeProvider time)
{
    /// <summary>
    /// The API's JSON shape (camelCase, enum strings), strict on reading so a stored result that no
    /// longer fits the result type fails loudly instead of rendering with missing parts.
    /// </summary>
    private static readonly JsonSerializerOptions ResultJson = CreateResultJsonOptions();

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
            ResultJson = JsonSerializer.Serialize(result, ResultJson),
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
        var row = await FindRowAsync(db.SavedAssessments.AsNoTracking(), token, cancellationToken);
        return row is null
            ? null
            : new SavedResult(AnswerDraft.FromJson(row.AnswersJson), ReadResult(row.ResultJson), row.RulesVersion, row.CreatedAt);
    }

    /// <summary>Removes the saved self-check for good; false when the token finds nothing.</summary>
    public async Task<bool> DeleteAsync(string? token, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await FindRowAsync(db.SavedAssessments, token, cancellationToken);
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

    /// <summary>The one lookup of a saved self-check by its link token (also used by the clinic and the diary).</summary>
    internal static async Task<SavedAssessment?> FindRowAsync(IQueryable<SavedAssessment> rows, string? token, CancellationToken cancellationToken)
    {
        // Malformed tokens never reach the database; the lookup is by hash, then checked in constant time.
        if (!ShareToken.LooksValid(token))
        {
            return null;
        }

        var hash = ShareToken.Hash(token!);
        var row = await rows.FirstOrDefaultAsync(a => a.TokenHash == hash, cancellationToken);
        return row is not null && ShareToken.Matches(row.TokenHash, token!) ? row : null;
    }

    /// <summary>A stored result, or null when it no longer fits the result type (also read by the diary and the clinic's summary).</summary>
    internal static AssessmentResult? ReadResult(string json)
    {
        try
        {
            return JsonSerializer.Deserialize(StoredResultShape.ToCurrent(json), ResultJson.GetTypeInfo(typeof(AssessmentResult))) as AssessmentResult;
        }
        catch (JsonException)
        {
            // Written by an older shape of the result type: the page says so rather than guessing.
            return null;
        }
    }

    private static JsonSerializerOptions CreateResultJsonOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        ApiExtensions.Configure(options);
        options.RespectNullableAnnotations = true;
        options.RespectRequiredConstructorParameters = true;
        options.MakeReadOnly(populateMissingResolver: false);
        return options;
    }
}
