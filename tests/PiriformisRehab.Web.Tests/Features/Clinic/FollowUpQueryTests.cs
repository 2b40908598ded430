using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using PiriformisRehab.Domain.Plans;
using PiriformisRehab.Domain.Recovery;
using PiriformisRehab.Web.Data;
using PiriformisRehab.Web.Features.Clinic;
using PiriformisRehab.Web.Tests.Infrastructure;

namespace PiriformisRehab.Web.Tests.Features.Clinic;

/// <summary>The clinic list costs the same few queries for one patient or many (no query per patient).</summary>
public sealed class FollowUpQueryTests(FollowUpApp app) : IClassFixture<FollowUpApp>
{
    private static readonly string[] Kinds = [DiarySeed.RedFlag, DiarySeed.HighPain, DiarySeed.FlareUps, DiarySeed.Quiet, DiarySeed.None];

    [Fact]
    public async Task TheListTakesFourQueriesForOnePatientAndForTen()
    {
        var one = await PhysioWithPatientsAsync(1);
        var ten = await PhysioWithPatientsAsync(10);

        var (oneCount, onePatients) = await CountAsync(one);
        var (tenCount, tenPatients) = await CountAsync(ten);

        Assert.Equal(1, onePatients);
        Assert.Equal(10, tenPatients);
        // Patients with programmes; check-ins; warning signs reported alone; the physio's reviews.
        Assert.Equal(4, oneCount);
        Assert.Equal(oneCount, tenCount);
    }

    private async Task<string> PhysioWithPatientsAsync(int count)
    {
        using var physio = await PhysioSession.RegisterAsync(app.Factory);
        Guid patient = default;
        for (var i = 0; i < count; i++)
        {
            (patient, _) = await DiarySeed.PatientAsync(app.Factory, physio, $"Patient {i:00}", Kinds[i % Kinds.Length]);
        }

        await using var db = await ClinicDatabase.OpenAsync(app.Factory);
        return await db.Patients.Where(p => p.Id == patient).Select(p => p.PhysioId).SingleAsync(TestContext.Current.CancellationToken);
    }

    private async Task<(int Commands, int Patients)> CountAsync(string physioId)
    {
        var counter = new CommandCounter();
        var contexts = new CountingContexts(app.Factory.Database, counter);
        var followUp = new PatientFollowUp(contexts, app.Factory.Services.GetRequiredService<ExerciseCatalog>(), app.Factory.Services.GetRequiredService<RecoveryEngine>(), app.Clock);
        var patients = await followUp.PatientsAsync(physioId, TestContext.Current.CancellationToken);
        return (counter.Count, patients.Count);
    }

    private sealed class CommandCounter : DbCommandInterceptor
    {
        private int _count;

        public int Count => _count;

        public override DbCommand CommandCreated(CommandEndEventData eventData, DbCommand result)
        {
            Interlocked.Increment(ref _count);
            return result;
        }
    }

    private sealed class CountingContexts(TestDatabase database, CommandCounter counter) : IDbContextFactory<AppDbContext>
    {
        public AppDbContext CreateDbContext() => database.Open(counter);
    }
}
