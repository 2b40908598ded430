using Microsoft.EntityFrameworkCore;
using PiriformisRehab.Web.Data;
using PiriformisRehab.Web.Data.Configurations;
using PiriformisRehab.Web.Data.Entities;
using PiriformisRehab.Web.Features.Common;

namespace PiriformisRehab.Web.Features.Clinic;

/// <summary>The result of a physio's review action.</summary>
public enum ReviewOutcome
{
    Done,
    NotFound,
    NoteMissing,
    NoteTooLong,
}

/// <summary>
/// A physio acknowledges a programme's alerts, or marks it reviewed and resumes a paused plan with
/// a note (spec 5.11 f, h). Who and when are kept as rows, never overwritten, so the diary shows its
/// review history. The note is clinical: returned to the physio's pages, never logged.
/// </summary>
public sealed class DiaryReviewService(IDbContextFactory<AppDbContext> contexts, TimeProvider clock)
{
    public const int MaxNoteLength = DiaryReviewConfiguration.MaxNoteLength;

    public Task<ReviewOutcome> AcknowledgeAsync(string physioId, Guid patientId, Guid programmeId, CancellationToken ct = default) =>
        AddAsync(physioId, patientId, programmeId, DiaryReviewKind.Acknowledged, null, ct);

    /// <summary>Lifts the pause from the next session on; the note (why it is safe to go on) is required.</summary>
    public Task<ReviewOutcome> ResumeAsync(string physioId, Guid patientId, Guid programmeId, string? note, CancellationToken ct = default)
    {
        var text = note?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return Task.FromResult(ReviewOutcome.NoteMissing);
        }

        return text.Length > MaxNoteLength
            ? Task.FromResult(ReviewOutcome.NoteTooLong)
            : AddAsync(physioId, patientId, programmeId, DiaryReviewKind.Resumed, text, ct);
    }

    private async Task<ReviewOutcome> AddAsync(string physioId, Guid patientId, Guid programmeId, DiaryReviewKind kind, string? note, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        if (!await Ownership.Programmes(db, physioId, patientId).AnyAsync(g => g.Id == programmeId && g.ArchivedAt == null, ct))
        {
            return ReviewOutcome.NotFound;
        }

        var name = await db.Users.Where(u => u.Id == physioId).Select(u => u.DisplayName).FirstOrDefaultAsync(ct);
        var now = clock.GetUtcNow();
        db.DiaryReviews.Add(new DiaryReview
        {
            Id = Guid.CreateVersion7(now),
            ProgrammeId = programmeId,
            Kind = kind,
            PhysioId = physioId,
            ReviewerName = string.IsNullOrWhiteSpace(name) ? "Physiotherapist" : name,
            At = now,
            Note = note,
        });
        await db.SaveChangesAsync(ct);
        return ReviewOutcome.Done;
    }
}
