using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PiriformisRehab.Web.Data.Entities;

namespace PiriformisRehab.Web.Data.Configurations;

internal sealed class ProgrammeConfiguration : IEntityTypeConfiguration<Programme>
{
    public void Configure(EntityTypeBuilder<Programme> builder)
    {
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Origin).HasConversion<string>().HasMaxLength(32);
        builder.Property(p => p.RulesVersion).IsRequired().HasMaxLength(64);
        builder.HasMany(p => p.Exercises).WithOne().HasForeignKey(e => e.ProgrammeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Links).WithOne(l => l.Programme).HasForeignKey(l => l.ProgrammeId).OnDelete(DeleteBehavior.Cascade);
    }
}
