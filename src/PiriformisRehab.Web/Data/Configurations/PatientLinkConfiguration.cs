using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PiriformisRehab.Web.Data.Entities;

namespace PiriformisRehab.Web.Data.Configurations;

internal sealed class PatientLinkConfiguration : IEntityTypeConfiguration<PatientLink>
{
    public const string LiveLinkIndex = "IX_PatientLinks_ProgrammeId_Live";

    public void Configure(EntityTypeBuilder<PatientLink> builder)
    {
        builder.HasKey(l => l.Id);
        builder.Property(l => l.TokenHash).IsRequired().HasMaxLength(32);
        builder.HasIndex(l => l.TokenHash).IsUnique();
        // At most one live (unrevoked) link per programme, enforced by the database, so two
        // "issue link" posts at once cannot both win. The quoted names work in SQLite and PostgreSQL.
        builder.HasIndex(l => l.ProgrammeId, "IX_PatientLinks_ProgrammeId");
        builder.HasIndex(l => l.ProgrammeId, LiveLinkIndex).IsUnique().HasFilter("\"RevokedAt\" IS NULL");
    }
}
