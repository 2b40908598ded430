using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using PiriformisRehab.Web.Data.Entities;

namespace PiriformisRehab.Web.Data;

/// <summary>
/// Which patients' diaries a save touches, and moving their <see cref="Patient.DiaryRevision"/> on.
/// Everything the clinic list's row is worked out from is a programme of the patient or hangs off
/// one, so a tracked change to any of these types counts. Bulk updates and deletes bypass the
/// change tracker and call <see cref="BumpProgrammeAsync"/> or <see cref="BumpPatientAsync"/>
/// themselves (a test lists them).
/// </summary>
public static class DiaryRevisions
{
    /// <summary>The entity types whose changes alter a clinic list row.</summary>
    public static readonly IReadOnlySet<Type> DiaryTypes = new HashSet<Type>
    {
        typeof(Programme), typeof(ProgrammeExercise), typeof(PatientLink), typeof(CheckInEntry), typeof(WarningSignEntry), typeof(DiaryReview),
    };

    public readonly record struct TouchedDiaries(IReadOnlySet<Guid> Patients, IReadOnlySet<Guid> Programmes)
    {
        public bool IsEmpty => Patients.Count == 0 && Programmes.Count == 0;
    }

    public static TouchedDiaries Touched(ChangeTracker tracker)
    {
        ArgumentNullException.ThrowIfNull(tracker);
        var patients = new HashSet<Guid>();
        var programmes = new HashSet<Guid>();
        foreach (var entry in tracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
            {
                continue;
            }

            switch (entry.Entity)
            {
                case Programme programme:
                    patients.Add(programme.PatientId);
                    break;
                case ProgrammeExercise exercise:
                    programmes.Add(exercise.ProgrammeId);
                    break;
                case PatientLink link:
                    programmes.Add(link.ProgrammeId);
                    break;
                case CheckInEntry { ProgrammeId: Guid id }:
                    programmes.Add(id);
                    break;
                case WarningSignEntry { ProgrammeId: Guid id }:
                    programmes.Add(id);
                    break;
                case DiaryReview review:
                    programmes.Add(review.ProgrammeId);
                    break;
            }
        }

        return new(patients, programmes);
    }

    public static async Task BumpAsync(AppDbContext db, TouchedDiaries touched, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var patients = touched.Patients.ToList();
        var programmes = touched.Programmes.ToList();
        await db.Patients
            .Where(p => patients.Contains(p.Id) || p.Programmes.Any(g => programmes.Contains(g.Id)))
            .ExecuteUpdateAsync(u => u.SetProperty(p => p.DiaryRevision, p => p.DiaryRevision + 1), ct);
    }

    /// <summary>For a bulk change to one programme or its rows; call it after the change.</summary>
    public static Task BumpProgrammeAsync(AppDbContext db, Guid programmeId, CancellationToken ct) =>
        BumpAsync(db, new(new HashSet<Guid>(), new HashSet<Guid> { programmeId }), ct);

    /// <summary>For a bulk change that removed a programme, so it can no longer be followed to its patient.</summary>
    public static Task BumpPatientAsync(AppDbContext db, Guid patientId, CancellationToken ct) =>
        BumpAsync(db, new(new HashSet<Guid> { patientId }, new HashSet<Guid>()), ct);
}
