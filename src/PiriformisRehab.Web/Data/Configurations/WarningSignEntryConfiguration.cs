using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PiriformisRehab.Web.Data.Entities;

namespace PiriformisRehab.Web.Data.Configurations;

internal sealed class WarningSignEntryConfiguration : IEntityTypeConfiguration<WarningSignEntry>
{
    public void Configure(EntityTypeBuilder<WarningSignEntry> builder)
    {
        builder.ToTable("WarningSigns", t => t.HasCheckConstraint("CK_WarningSigns_OneDiary", "(\"ProgrammeId\" IS NULL) <> (\"SavedAssessmentId\" IS NULL)"));
        builder.HasKey(w => w.Id);
        builder.HasOne<Programme>().WithMany().HasForeignKey(w => w.ProgrammeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<SavedAssessment>().WithMany().HasForeignKey(w => w.SavedAssessmentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(w => w.ProgrammeId);
        builder.HasIndex(w => w.SavedAssessmentId);
        builder.Property(w => w.RedFlagsJson).IsRequired();
        builder.Property(w => w.Triage).IsRequired().HasMaxLength(16);
    }
}
