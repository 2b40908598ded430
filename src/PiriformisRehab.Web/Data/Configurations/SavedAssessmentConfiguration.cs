using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PiriformisRehab.Web.Data.Entities;

namespace PiriformisRehab.Web.Data.Configurations;

internal sealed class SavedAssessmentConfiguration : IEntityTypeConfiguration<SavedAssessment>
{
    public void Configure(EntityTypeBuilder<SavedAssessment> builder)
    {
        builder.HasKey(a => a.Id);
        builder.Property(a => a.TokenHash).IsRequired().HasMaxLength(32);
        builder.HasIndex(a => a.TokenHash).IsUnique();
        builder.Property(a => a.AnswersJson).IsRequired();
        builder.Property(a => a.ResultJson).IsRequired();
        builder.Property(a => a.RulesVersion).IsRequired().HasMaxLength(64);
    }
}
