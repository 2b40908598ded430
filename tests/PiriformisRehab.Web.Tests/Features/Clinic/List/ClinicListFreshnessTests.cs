using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PiriformisRehab.Domain.Plans;
using PiriformisRehab.Domain.Recovery;
using PiriformisRehab.Web.Data;
using PiriformisRehab.Web.Data.Entities;
using PiriformisRehab.Web.Features.Clinic;
using PiriformisRehab.Web.Features.Diary;
using PiriformisRehab.Web.Tests.Infrastructure;

namespace PiriformisRehab.Web.Tests.Features.Clinic.List;

/// <summary>
/// The clinic list keeps each patient's row (ADR-009); these prove a kept row never hides what
/// changed since it was kept: a new check-in or warning sign, an un-archived programme, a deleted
/// diary, the calendar and a link running out (hazard H17).
/// </summary>
public sealed class ClinicListFreshnessTests(FollowUpApp app) : IClassFixture<FollowUpApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private DateOnly Today => app.Clock.Today;

    [Fact]
    public async Task AWarningSignAtANewCheckInShowsAtOnceOnAListAlreadyKept()
    {
        using var physio = await PhysioSession.RegisterAsync(app.Factory);
        var (patient, programme) = await DiarySeed.PatientAsync(app.Factory, physio, "Settled", DiarySeed.None);
        Assert.Equal("none", await TopConcernAsync(physio, patient));

        await DiarySeed.CheckInsAsync(app.Factory, programme, DiarySeed.Day(Today, 3, 4, redFlags: ["saddleNumbness"]));

        Assert.Equal(DiarySeed.RedFlag, await TopConcernAsync(physio, patient));
    }

    [Fact]
    public async Task AWarningSignReportedAloneShowsAtOnceOnAListAlreadyKept()
    {
        using var physio = await PhysioSession.RegisterAsync(app.Factory);
        var (patient, programme) = await DiarySeed.PatientAsync(app.Factory, physio, "Settled", DiarySeed.None);
        Assert.Equal("none", await TopConcernAsync(physio, patient));

        await using (var db = await ClinicDatabase.OpenAsync(app.Factory))
        {
            db.WarningSigns.Add(new WarningSignEntry { Id = Guid.NewGuid(), ProgrammeId = programme, SessionDate = Today, RecordedAt = app.Clock.GetUtcNow(), RedFlagsJson = "[\"saddleNumbness\"]", Triage = "emergency" });
            await db.SaveChangesAsync(Ct);
        }

        Assert.Equal(DiarySeed.RedFlag, await TopConcernAsync(physio, patient));
    }

    [Fact]
    public async Task UnarchivingAProgrammeWithAWarningSignShowsItAtOnce()
    {
        using var physio = await PhysioSession.RegisterAsync(app.Factory);
        var (patient, programme) = await DiarySeed.PatientAsync(app.Factory, physio, "Archived flag", DiarySeed.RedFlag);
        var physioId = await ClinicListSeed.PhysioIdAsync(app.Factory, patient);
        var programmes = app.Factory.Services.GetRequiredService<ProgrammeService>();
        Assert.True(await programmes.SetArchivedAsync(physioId, patient, programme, archived: true, Ct));
        Assert.Equal("none", await TopConcernAsync(physio, patient));

        Assert.True(await programmes.SetArchivedAsync(physioId, patient, programme, archived: false, Ct));

        Assert.Equal(DiarySeed.RedFlag, await TopConcernAsync(physio, patient));
    }

    [Fact]
    public async Task DeletingTheDiaryClearsItsConcernAtOnce()
    {
        using var physio = await PhysioSession.RegisterAsync(app.Factory);
        var (patient, programme) = await DiarySeed.PatientAsync(app.Factory, physio, "High pain", DiarySeed.HighPain);
        Assert.Equal(DiarySeed.HighPain, await TopConcernAsync(physio, patient));
        var diary = new PiriformisRehab.Web.Features.Diary.Diary(DiaryKind.Programme, programme, new RecoveryStart(new Dictionary<CategoryId, int>(), new HashSet<string>(), Today), [], null);

        Assert.Equal(2, await app.Factory.Services.GetRequiredService<DiaryService>().DeleteCheckInsAsync(diary, Ct));

        // Pain 8/10 is gone with its check-in; what is left is a link given 20 days ago and no check-in since.
        Assert.Equal(DiarySeed.Quiet, await TopConcernAsync(physio, patient));
    }

    [Fact]
    public async Task FourteenQuietDaysShowTheNextDayWithoutAnyNewWrite()
    {
        using var physio = await PhysioSession.RegisterAsync(app.Factory);
        var patient = await physio.AddPatientAsync("Going quiet");
        var programme = await physio.CreateStandardProgrammeAsync(patient);
        await DiarySeed.LinkAsync(app.Factory, programme, 30);
        await DiarySeed.CheckInsAsync(app.Factory, programme, DiarySeed.Day(Today.AddDays(-13), 2, 3));
        var physioId = await ClinicListSeed.PhysioIdAsync(app.Factory, patient);
        Assert.Equal("none", await TopConcernAsync(ListAt(app.Clock.GetUtcNow()), physioId, patient));

        var tomorrow = await TopConcernAsync(ListAt(app.Clock.GetUtcNow().AddDays(1)), physioId, patient);

        Assert.Equal(DiarySeed.Quiet, tomorrow);
    }

    [Fact]
    public async Task AKeptRowIsWorkedOutAgainOnceTheLinkRunsOut()
    {
        using var physio = await PhysioSession.RegisterAsync(app.Factory);
        var patient = await physio.AddPatientAsync("Link running out");
        var programme = await physio.CreateStandardProgrammeAsync(patient);
        await using (var db = await ClinicDatabase.OpenAsync(app.Factory))
        {
            // Issued 30 days ago and ending in an hour: quiet while it can still be used, not once it cannot.
            db.PatientLinks.Add(new PatientLink { Id = Guid.NewGuid(), ProgrammeId = programme, TokenHash = [.. Guid.NewGuid().ToByteArray(), .. Guid.NewGuid().ToByteArray()], CreatedAt = app.Clock.GetUtcNow().AddDays(-30), ExpiresAt = app.Clock.GetUtcNow().AddHours(1) });
            await db.SaveChangesAsync(Ct);
        }

        var physioId = await ClinicListSeed.PhysioIdAsync(app.Factory, patient);
        Assert.Equal(DiarySeed.Quiet, await TopConcernAsync(ListAt(app.Clock.GetUtcNow()), physioId, patient));

        var later = await TopConcernAsync(ListAt(app.Clock.GetUtcNow().AddHours(2)), physioId, patient);

        Assert.Equal("none", later);
    }

    [Fact]
    public async Task TwoFirstVisitsAtOnceBothListEveryPatient()
    {
        using var physio = await PhysioSession.RegisterAsync(app.Factory);
        var first = await physio.AddPatientAsync("Runner 00");
        var physioId = await ClinicListSeed.PhysioIdAsync(app.Factory, first);
        await ClinicListSeed.PatientsAsync(app.Factory, physioId, Enumerable.Range(1, 19).Select(i => $"Runner {i:00}"));
        var list = ListAt(app.Clock.GetUtcNow().AddDays(2));

        var pages = await Task.WhenAll(list.PageAsync(physioId, ClinicListQuery.First, Ct), list.PageAsync(physioId, ClinicListQuery.First, Ct));

        Assert.All(pages, page => Assert.Equal(20, page.Patients.Count));
    }

    [Fact]
    public async Task ADeletedPatientTakesTheirKeptRowWithThem()
    {
        using var physio = await PhysioSession.RegisterAsync(app.Factory);
        var (patient, _) = await DiarySeed.PatientAsync(app.Factory, physio, "Leaving", DiarySeed.None);
        await TopConcernAsync(physio, patient);

        Assert.True(await app.Factory.Services.GetRequiredService<PatientService>().DeleteAsync(await ClinicListSeed.PhysioIdAsync(app.Factory, patient), patient, Ct));

        await using var db = await ClinicDatabase.OpenAsync(app.Factory);
        Assert.False(await db.ClinicListEntries.AnyAsync(e => e.PatientId == patient, Ct));
    }

    /// <summary>The list as it reads at another moment, over the same database.</summary>
    private ClinicList ListAt(DateTimeOffset now)
    {
        var clock = new FixedClock(now);
        var contexts = app.Factory.Services.GetRequiredService<IDbContextFactory<AppDbContext>>();
        var followUp = new PatientFollowUp(contexts, app.Factory.Services.GetRequiredService<ExerciseCatalog>(), app.Factory.Services.GetRequiredService<RecoveryEngine>(), clock);
        return new ClinicList(contexts, followUp, clock);
    }

    private static async Task<string?> TopConcernAsync(PhysioSession physio, Guid patient)
    {
        var page = await ClinicListSeed.PageAsync(physio);
        return page.QuerySelector($"[data-patient-row='{patient}']")?.GetAttribute("data-top-concern");
    }

    private static async Task<string?> TopConcernAsync(ClinicList list, string physioId, Guid patient)
    {
        var page = await list.PageAsync(physioId, ClinicListQuery.First, Ct);
        var row = page.Patients.Single(p => p.Id == patient);
        return row.Concerns.Count > 0 ? FollowUpText.DataName(row.Concerns[0].Kind) : "none";
    }
}
