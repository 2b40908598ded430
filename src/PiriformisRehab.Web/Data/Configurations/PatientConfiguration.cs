using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PiriformisRehab.Web.Data.Entities;

namespace PiriformisRehab.Web.Data.Configurations;

internal sealed class PatientConfiguration : IEntityTypeConfiguration<Patient>
{
    public void Configure(EntityTypeBuilder<Patient> builder)
    {
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Label).IsRequired().HasMaxLength(80);
        builder.Property(p => p.PhysioId).IsRequired();
        // Every query filters by the owning physio first.
        builder.HasIndex(p => new { p.PhysioId, p.Label });
        builder.HasOne<PhysioUser>().WithMany().HasForeignKey(p => p.PhysioId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Programmes).WithOne(p => p.Patient).HasForeignKey(p => p.PatientId).OnDelete(DeleteBehavior.Cascade);
    }
}
