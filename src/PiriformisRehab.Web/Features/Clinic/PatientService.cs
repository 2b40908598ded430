using Microsoft.EntityFrameworkCore;
using PiriformisRehab.Web.Data;
using PiriformisRehab.Web.Data.Entities;
using PiriformisRehab.Web.Features.Common;

namespace PiriformisRehab.Web.Features.Clinic;

/// <summary>
/// A physio's patients. Every method takes the signed-in physio's id and filters by it, so another
/// physio's patient is simply not found (the pages answer 404).
/// </summary>
public sealed class PatientService(IDbContextFactory<AppDbContext> contexts, TimeProvider clock)
{
    /// <summary>Adds a patient under a label of the physio's choosing; null when the label is empty or too long.</summary>
    public async Task<Guid?> AddPatientAsync(string physioId, string? label, CancellationToken ct = default)
    {
        if (ClinicLimits.Label(label) is not { } trimmed)
        {
            return null;
        }

        await using var db = await contexts.CreateDbContextAsync(ct);
        var patient = new Patient { Id = Guid.NewGuid(), PhysioId = physioId, Label = trimmed, CreatedAt = clock.GetUtcNow() };
        db.Patients.Add(patient);
        await db.SaveChangesAsync(ct);
        return patient.Id;
    }

    public async Task<PatientDetail?> PatientAsync(string physioId, Guid patientId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var patient = await Ownership.Patients(db, physioId).AsNoTracking()
            .Include(p => p.Programmes).ThenInclude(p => p.Links)
            .Include(p => p.Programmes).ThenInclude(p => p.Exercises)
            .AsSplitQuery()
            .FirstOrDefaultAsync(p => p.Id == patientId, ct);
        if (patient is null)
        {
            return null;
        }

        var now = clock.GetUtcNow();
        var programmes = patient.Programmes
            .OrderByDescending(p => p.CreatedAt)
            .Select(p => new ProgrammeSummary(p.Id, ClinicMapping.Source(p.Origin), p.CreatedAt, p.Exercises.Count, ClinicMapping.NewestLink(p.Links, now)))
            .ToList();
        return new PatientDetail(patient.Id, patient.Label, patient.CreatedAt, programmes);
    }

    /// <summary>
    /// Archives the patient: off the clinic's lists, and every link to their programmes answers
    /// "not valid" from now on; the diaries are kept. False when the patient is not this physio's.
    /// </summary>
    public async Task<bool> ArchiveAsync(string physioId, Guid patientId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var now = clock.GetUtcNow();
        return await Ownership.Patients(db, physioId).Where(p => p.Id == patientId && p.ArchivedAt == null)
            .ExecuteUpdateAsync(u => u.SetProperty(p => p.ArchivedAt, now), ct) == 1;
    }

    /// <summary>
    /// Deletes the patient with their programmes, diaries, reviews and links at once (the
    /// database cascades), so their links answer "not valid". False when not this physio's.
    /// </summary>
    public async Task<bool> DeleteAsync(string physioId, Guid patientId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await Ownership.Patients(db, physioId).Where(p => p.Id == patientId).ExecuteDeleteAsync(ct) == 1;
    }
}
