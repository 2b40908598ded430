using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PiriformisRehab.Web.Data.Entities;

namespace PiriformisRehab.Web.Data.Configurations;

internal sealed class ClinicListEntryConfiguration : IEntityTypeConfiguration<ClinicListEntry>
{
    public void Configure(EntityTypeBuilder<ClinicListEntry> builder)
    {
        builder.ToTable("ClinicListEntries");
        builder.HasKey(e => e.PatientId);
        // Goes with the patient; a deleted patient leaves no row behind.
        builder.HasOne<Patient>().WithOne().HasForeignKey<ClinicListEntry>(e => e.PatientId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(e => e.LabelKey).IsRequired().HasMaxLength(80);
        builder.Property(e => e.RowJson).IsRequired();
    }
}
