using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using PiriformisRehab.Web.Data.Entities;

namespace PiriformisRehab.Web.Data;

/// <summary>
/// Identity, Data Protection keys and the app's data in one database. The model is written once
/// here; <see cref="Providers.SqliteAppDbContext"/> and <see cref="Providers.PostgreSqlAppDbContext"/>
/// add what each provider needs and own their migrations (Microsoft's "migrations with multiple
/// providers", one context type per provider), so everything else asks for this type.
/// </summary>
public abstract class AppDbContext(DbContextOptions options) : IdentityDbContext<PhysioUser>(options), IDataProtectionKeyContext
{
    public DbSet<SavedAssessment> SavedAssessments => Set<SavedAssessment>();

    public DbSet<Patient> Patients => Set<Patient>();

    public DbSet<Programme> Programmes => Set<Programme>();

    public DbSet<ProgrammeExercise> ProgrammeExercises => Set<ProgrammeExercise>();

    public DbSet<PatientLink> PatientLinks => Set<PatientLink>();

    public DbSet<CheckInEntry> CheckIns => Set<CheckInEntry>();

    public DbSet<WarningSignEntry> WarningSigns => Set<WarningSignEntry>();

    public DbSet<DiaryReview> DiaryReviews => Set<DiaryReview>();

    /// <summary>The key ring every instance shares, so cookies and antiforgery tokens work on each of them.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
    }
}
