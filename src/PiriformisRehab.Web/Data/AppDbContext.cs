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

    /// <summary>The clinic list's copy of each patient's row (ADR-009).</summary>
    public DbSet<ClinicListEntry> ClinicListEntries => Set<ClinicListEntry>();

    /// <summary>The key ring every instance shares, so cookies and antiforgery tokens work on each of them.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>
    /// Saves, and moves on the <see cref="Patient.DiaryRevision"/> of every patient whose diary the
    /// save touched, in the same transaction and after the change itself: a list row worked out
    /// from the old diary then always carries an older revision than the patient's.
    /// </summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var touched = DiaryRevisions.Touched(ChangeTracker);
        if (touched.IsEmpty)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        await using var transaction = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        await DiaryRevisions.BumpAsync(this, touched, cancellationToken);
        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        return saved;
    }

    /// <summary>Every save here is asynchronous; a synchronous one would skip the revision, so it is refused.</summary>
    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        DiaryRevisions.Touched(ChangeTracker).IsEmpty
            ? base.SaveChanges(acceptAllChangesOnSuccess)
            : throw new InvalidOperationException("Save diary changes with SaveChangesAsync, which moves the patient's diary revision on.");

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
    }
}
