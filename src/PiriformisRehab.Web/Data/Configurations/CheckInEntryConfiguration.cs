using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PiriformisRehab.Domain.Recovery;
using PiriformisRehab.Web.Data.Entities;

namespace PiriformisRehab.Web.Data.Configurations;

internal sealed class CheckInEntryConfiguration : IEntityTypeConfiguration<CheckInEntry>
{
    public void Configure(EntityTypeBuilder<CheckInEntry> builder)
    {
        builder.HasKey(c => c.Id);
        builder.ToTable(t => t.HasCheckConstraint("CK_CheckIns_OneDiary", "(\"ProgrammeId\" IS NULL) <> (\"SavedAssessmentId\" IS NULL)"));
        builder.HasOne<Programme>().WithMany().HasForeignKey(c => c.ProgrammeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<SavedAssessment>().WithMany().HasForeignKey(c => c.SavedAssessmentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => new { c.ProgrammeId, c.SessionDate });
        builder.HasIndex(c => new { c.SavedAssessmentId, c.SessionDate });
        builder.Property(c => c.MorningAfter).HasMaxLength(8);
        builder.Property(c => c.Activity).IsRequired().HasMaxLength(16);
        builder.Property(c => c.ExercisesDoneJson).IsRequired();
        builder.Property(c => c.RedFlagsJson).IsRequired();
        builder.Property(c => c.Note).HasMaxLength(CheckInFields.MaxNoteLength);
        builder.Property(c => c.Triage).IsRequired().HasMaxLength(16);
    }
}
