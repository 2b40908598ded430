using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PiriformisRehab.Web.Data.Entities;

namespace PiriformisRehab.Web.Data.Configurations;

internal sealed class ProgrammeExerciseConfiguration : IEntityTypeConfiguration<ProgrammeExercise>
{
    public void Configure(EntityTypeBuilder<ProgrammeExercise> builder)
    {
        builder.HasKey(e => e.Id);
        builder.Property(e => e.ExerciseId).IsRequired().HasMaxLength(64);
        builder.Property(e => e.Dosage).IsRequired().HasMaxLength(200);
        builder.Property(e => e.Notes).HasMaxLength(1000);
        builder.Property(e => e.DoseJson).HasMaxLength(400);
        builder.HasIndex(e => new { e.ProgrammeId, e.Position });
    }
}
