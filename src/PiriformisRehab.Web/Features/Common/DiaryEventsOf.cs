using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PiriformisRehab.Domain.Recovery;
using PiriformisRehab.Web.Data;
using PiriformisRehab.Web.Data.Entities;

namespace PiriformisRehab.Web.Features.Common;

/// <summary>What a diary holds beside its check-ins, as the recovery engine reads it: signs reported alone and the physio's resumes.</summary>
public static class DiaryEventsOf
{
    /// <summary>One diary's events (exactly one of the ids set).</summary>
    public static async Task<DiaryEvents> LoadAsync(AppDbContext db, Guid? programmeId, Guid? savedAssessmentId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var signs = await db.WarningSigns.AsNoTracking()
            .Where(w => programmeId != null ? w.ProgrammeId == programmeId : w.SavedAssessmentId == savedAssessmentId)
            .ToListAsync(ct);
        var resumes = programmeId is Guid id
            ? await db.DiaryReviews.AsNoTracking().Where(r => r.ProgrammeId == id && r.Kind == DiaryReviewKind.Resumed).Select(r => r.At).ToListAsync(ct)
            : [];
        return new DiaryEvents([.. signs.Select(ToReport)], resumes);
    }

    public static WarningSignReport ToReport(WarningSignEntry w)
    {
        ArgumentNullException.ThrowIfNull(w);
        return new WarningSignReport(w.RecordedAt, w.SessionDate, JsonSerializer.Deserialize(w.RedFlagsJson, DiaryJsonContext.Default.IReadOnlyListString) ?? []);
    }
}
