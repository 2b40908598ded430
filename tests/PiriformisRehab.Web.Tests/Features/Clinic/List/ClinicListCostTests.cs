using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using PiriformisRehab.Domain.Plans;
using PiriformisRehab.Domain.Recovery;
using PiriformisRehab.Web.Data;
using PiriformisRehab.Web.Features.Clinic;
using PiriformisRehab.Web.Tests.Infrastructure;

namespace PiriformisRehab.Web.Tests.Features.Clinic.List;

/// <summary>A kept clinic list reads a page of kept rows and nothing else, however many patients and check-ins there are.</summary>
public sealed class ClinicListCostTests(FollowUpApp app) : IClassFixture<FollowUpApp>
{
    private static readonly string[] Kinds = [DiarySeed.RedFlag, DiarySeed.HighPain, DiarySeed.FlareUps, DiarySeed.Quiet, DiarySeed.None];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AKeptListTakesThreeCommandsForOnePatientAndForThirty()
    {
        var one = await PhysioWithDiariesAsync(1);
        var thirty = await PhysioWithDiariesAsync(30);

        var (oneCommands, _) = await SecondVisitAsync(one);
        var (thirtyCommands, _) = await SecondVisitAsync(thirty);

        // Which rows are out of date; how many patients match and alert; the page of rows.
        Assert.Equal(3, oneCommands.Count);
        Assert.Equal(3, thirtyCommands.Count);
    }

    [Fact]
    public async Task AKeptListReadsNoCheckInWarningSignOrReview()
    {
        var physioId = await PhysioWithDiariesAsync(10);

        var (commands, page) = await SecondVisitAsync(physioId);

        Assert.Equal(10, page.Patients.Count);
        Assert.DoesNotContain(commands, c => c.Contains("\"CheckIns\"", StringComparison.Ordinal));
        Assert.DoesNotContain(commands, c => c.Contains("\"WarningSigns\"", StringComparison.Ordinal));
        Assert.DoesNotContain(commands, c => c.Contains("\"DiaryReviews\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ThePageComesInTheDomainsOrderForGeneratedDiaries()
    {
        using var physio = await PhysioSession.RegisterAsync(app.Factory);
        var random = new Random(1517);
        var ids = new List<Guid>();
        for (var i = 0; i < 30; i++)
        {
            var (patient, programme) = await DiarySeed.PatientAsync(app.Factory, physio, $"P{i:00}", Kinds[random.Next(Kinds.Length)]);
            ids.Add(patient);
            if (random.Next(3) == 0)
            {
                await app.Factory.Services.GetRequiredService<DiaryReviewService>().AcknowledgeAsync(await ClinicListSeed.PhysioIdAsync(app.Factory, patient), patient, programme, Ct);
            }
        }

        var physioId = await ClinicListSeed.PhysioIdAsync(app.Factory, ids[0]);
        var list = app.Factory.Services.GetRequiredService<ClinicList>();
        var shown = (await list.PageAsync(physioId, ClinicListQuery.First, Ct)).Patients
            .Concat((await list.PageAsync(physioId, ClinicListQuery.Parse("2", null), Ct)).Patients)
            .Select(p => p.Label);

        await using var db = await ClinicDatabase.OpenAsync(app.Factory);
        var rows = await app.Factory.Services.GetRequiredService<PatientFollowUp>().RowsAsync(db, physioId, ids, Ct);
        var expected = PatientConcernRules.OrderByConcern(rows.Select(r => r.Overview), p => p.Concerns, p => p.LastCheckIn, p => p.Acknowledged)
            .ThenBy(p => p.Label, StringComparer.OrdinalIgnoreCase)
            .Select(p => p.Label);
        Assert.Equal(expected, shown);
    }

    private async Task<string> PhysioWithDiariesAsync(int count)
    {
        using var physio = await PhysioSession.RegisterAsync(app.Factory);
        Guid patient = default;
        for (var i = 0; i < count; i++)
        {
            (patient, _) = await DiarySeed.PatientAsync(app.Factory, physio, $"Patient {i:00}", Kinds[i % Kinds.Length]);
        }

        return await ClinicListSeed.PhysioIdAsync(app.Factory, patient);
    }

    /// <summary>The commands of a visit after a first one has kept every row.</summary>
    private async Task<(IReadOnlyList<string> Commands, ClinicListPage Page)> SecondVisitAsync(string physioId)
    {
        var recorder = new CommandRecorder();
        var contexts = new RecordingContexts(app.Factory.Database, recorder);
        var followUp = new PatientFollowUp(contexts, app.Factory.Services.GetRequiredService<ExerciseCatalog>(), app.Factory.Services.GetRequiredService<RecoveryEngine>(), app.Clock);
        var list = new ClinicList(contexts, followUp, app.Clock);
        await list.PageAsync(physioId, ClinicListQuery.First, Ct);
        recorder.Commands.Clear();
        var page = await list.PageAsync(physioId, ClinicListQuery.First, Ct);
        return ([.. recorder.Commands], page);
    }

    private sealed class CommandRecorder : DbCommandInterceptor
    {
        public ConcurrentQueue<string> Commands { get; } = new();

        public override DbDataReader ReaderExecuted(DbCommand command, CommandExecutedEventData eventData, DbDataReader result)
        {
            Commands.Enqueue(command.CommandText);
            return result;
        }

        public override ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
        {
            Commands.Enqueue(command.CommandText);
            return ValueTask.FromResult(result);
        }
    }

    private sealed class RecordingContexts(TestDatabase database, CommandRecorder recorder) : IDbContextFactory<AppDbContext>
    {
        public AppDbContext CreateDbContext() => database.Open(recorder);
    }
}
