using PiriformisRehab.Web.Data;
using PiriformisRehab.Web.Data.Entities;

namespace PiriformisRehab.Web.Features.Common;

/// <summary>
/// The single place a physio's ownership is decided: every clinic query starts from one of these,
/// so another physio's patient or programme is simply not found.
/// </summary>
public static class Ownership
{
    public static IQueryable<Patient> Patients(AppDbContext db, string physioId) =>
        db.Patients.Where(p => p.PhysioId == physioId);

    /// <summary>The programmes of one of this physio's patients.</summary>
    public static IQueryable<Programme> Programmes(AppDbContext db, string physioId, Guid patientId) =>
        db.Programmes.Where(p => p.PatientId == patientId && p.Patient!.PhysioId == physioId);

    /// <summary>Every programme of this physio's patients.</summary>
    public static IQueryable<Programme> AllProgrammes(AppDbContext db, string physioId) =>
        db.Programmes.Where(p => p.Patient!.PhysioId == physioId);
}
