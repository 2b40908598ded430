using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PiriformisRehab.Web.Data.Entities;

namespace PiriformisRehab.Web.Data.Configurations;

internal sealed class PatientLinkConfiguration : IEntityTypeConfiguration<PatientLink>
{
    public void Configure(EntityTypeBuilder<PatientLink> builder)
    {
        builder.HasKey(l => l.Id);
        builder.Property(l => l.TokenHash).IsRequired().HasMaxLength(32);
        builder.HasIndex(l => l.TokenHash).IsUnique();
    }
}
