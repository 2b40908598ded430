using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using PiriformisRehab.Web.Data.Entities;

namespace PiriformisRehab.Web.Data;

/// <summary>Identity and the app's data in one SQLite database; configurations live beside it.</summary>
public sealed class AppDbContext(DbContextOptions<AppDbContext> options) : IdentityDbContext<PhysioUser>(options)
{
    public DbSet<SavedAssessment> SavedAssessments => Set<SavedAssessment>();

    public DbSet<Patient> Patients => Set<Patient>();

    public DbSet<Programme> Programmes => Set<Programme>();

    public DbSet<ProgrammeExercise> ProgrammeExercises => Set<ProgrammeExercise>();

    public DbSet<PatientLink> PatientLinks => Set<PatientLink>();

    public DbSet<CheckInEntry> CheckIns => Set<CheckInEntry>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        // SQLite cannot order or compare DateTimeOffset text; a binary long (all values are UTC) can.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }
}
