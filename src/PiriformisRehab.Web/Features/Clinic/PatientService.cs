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
}
