using System.Security.Cryptography;
using PiriformisRehab.Domain.Recovery;
using PiriformisRehab.Web.Data.Entities;
using PiriformisRehab.Web.Features.Common;

namespace PiriformisRehab.Web.Tests.Infrastructure;

/// <summary>Diaries written straight into the test database, as the patient's check-ins would store them.</summary>
internal static class DiarySeed
{
    /// <summary>The diary kinds the clinic list sorts by, most serious first, and "none".</summary>
    public const string RedFlag = "redFlag", HighPain = "highPain", FlareUps = "repeatedFlareUps", Quiet = "noRecentCheckIn", None = "none";

    /// <summary>A check-in for a session of exercises on <paramref name="date"/>.</summary>
    public static CheckIn Day(DateOnly date, int now, int worst, MorningAfter? morning = MorningAfter.Same, string[]? redFlags = null, string? note = null) =>
        new(date, now, worst, morning, 2, null, RunActivity.None, null, null, null, ["foamRollerGlute", "clamshell"], note, redFlags ?? [], false);

    /// <summary>A patient link on the programme made <paramref name="daysAgo"/> days before the clock's now, lasting 180 days.</summary>
    public static async Task LinkAsync(AppFactory factory, Guid programmeId, int daysAgo)
    {
        var created = factory.Clock!.GetUtcNow().AddDays(-daysAgo);
        await using var db = await ClinicDatabase.OpenAsync(factory);
        db.PatientLinks.Add(new PatientLink { Id = Guid.NewGuid(), ProgrammeId = programmeId, TokenHash = RandomNumberGenerator.GetBytes(32), CreatedAt = created, ExpiresAt = created.AddDays(180) });
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
    }

    private static int _sequence;

    /// <summary>Stores the check-ins the way the diary does: re-screened, one row each, in the order given.</summary>
    public static async Task CheckInsAsync(AppFactory factory, Guid programmeId, params CheckIn[] checkIns)
    {
        await using var db = await ClinicDatabase.OpenAsync(factory);
        var start = factory.Clock!.GetUtcNow().AddDays(-60);
        foreach (var checkIn in checkIns)
        {
            // One sequence across calls: a check-in seeded later is also logged later (the pause follows logging order).
            var recorded = start.AddMinutes(Interlocked.Increment(ref _sequence));
            var entry = CheckInMapping.ToEntry(checkIn, RedFlagRescreen.Evaluate(checkIn.RedFlagAnswers), recorded);
            entry.ProgrammeId = programmeId;
            db.CheckIns.Add(entry);
        }

        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
    }

    /// <summary>A patient with a standard programme, a link and a diary of the given kind; returns the patient and programme ids.</summary>
    public static async Task<(Guid Patient, Guid Programme)> PatientAsync(AppFactory factory, PhysioSession physio, string label, string kind)
    {
        var patient = await physio.AddPatientAsync(label);
        var programme = await physio.CreateStandardProgrammeAsync(patient);
        var today = DateOnly.FromDateTime(factory.Clock!.GetUtcNow().UtcDateTime);
        await LinkAsync(factory, programme, kind == Quiet ? 30 : 20);
        await CheckInsAsync(factory, programme, kind switch
        {
            RedFlag => [Day(today.AddDays(-3), 3, 4), Day(today.AddDays(-1), 4, 5, redFlags: ["saddleNumbness"])],
            HighPain => [Day(today.AddDays(-4), 3, 4), Day(today.AddDays(-2), 6, 8)],
            FlareUps => [Day(today.AddDays(-4), 3, 4, MorningAfter.Worse), Day(today.AddDays(-2), 3, 4, MorningAfter.Worse)],
            Quiet => [Day(today.AddDays(-20), 2, 3)],
            _ => [Day(today.AddDays(-3), 3, 4, MorningAfter.Better), Day(today.AddDays(-1), 2, 3, MorningAfter.Better)],
        });
        return (patient, programme);
    }
}
