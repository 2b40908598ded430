using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PiriformisRehab.Web.Data.Entities;

namespace PiriformisRehab.Web.Data.Configurations;

internal sealed class DiaryReviewConfiguration : IEntityTypeConfiguration<DiaryReview>
{
    /// <summary>Longest review note kept, in characters.</summary>
    public const int MaxNoteLength = 1000;

    public void Configure(EntityTypeBuilder<DiaryReview> builder)
    {
        builder.HasKey(r => r.Id);
        builder.HasOne<Programme>().WithMany().HasForeignKey(r => r.ProgrammeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.ProgrammeId, r.At });
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.PhysioId).IsRequired().HasMaxLength(450);
        builder.Property(r => r.ReviewerName).IsRequired().HasMaxLength(200);
        builder.Property(r => r.Note).HasMaxLength(MaxNoteLength);
    }
}
