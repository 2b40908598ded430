using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PiriformisRehab.Web.Features.Clinic;
using PiriformisRehab.Web.Tests.Infrastructure;

namespace PiriformisRehab.Web.Tests.OpenInternet;

/// <summary>Two "issue link" submits at once leave exactly one live link (a unique index on a programme's live link).</summary>
public sealed class LinkRaceTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ConcurrentIssuesLeaveExactlyOneLiveLink()
    {
        using var physio = await PhysioSession.RegisterAsync(factory);
        var patientId = await physio.AddPatientAsync();
        var programmeId = await physio.CreateStandardProgrammeAsync(patientId);
        var physioId = await PhysioIdAsync(patientId);
        var links = factory.Services.GetRequiredService<PatientLinkService>();

        for (var round = 0; round < 10; round++)
        {
            var tokens = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => links.IssueAsync(physioId, patientId, programmeId, 30, Ct), Ct)));

            Assert.All(tokens, Assert.NotNull);
            Assert.Equal(1, await LiveLinksAsync(programmeId));
        }
    }

    [Fact]
    public async Task ADoubleSubmitOfTheIssueFormLeavesOneLiveLink()
    {
        using var physio = await PhysioSession.RegisterAsync(factory);
        var patientId = await physio.AddPatientAsync();
        var programmeId = await physio.CreateStandardProgrammeAsync(patientId);
        var antiforgery = await physio.AntiforgeryTokenAsync("/clinic");

        var responses = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => physio.PostAsync(
            $"/clinic/patients/{patientId}/programmes/{programmeId}/links",
            new() { ["__RequestVerificationToken"] = antiforgery, ["_handler"] = "issue-link", ["expiryDays"] = "30" })));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Equal(1, await LiveLinksAsync(programmeId));
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    [Fact]
    public async Task TheDatabaseRefusesASecondLiveLinkForAProgramme()
    {
        using var physio = await PhysioSession.RegisterAsync(factory);
        var patientId = await physio.AddPatientAsync();
        var programmeId = await physio.CreateStandardProgrammeAsync(patientId);
        await physio.IssueLinkAsync(patientId, programmeId);

        await using var db = await ClinicDatabase.OpenAsync(factory);
        db.PatientLinks.Add(new() { Id = Guid.NewGuid(), ProgrammeId = programmeId, TokenHash = new byte[32], CreatedAt = DateTimeOffset.UtcNow, ExpiresAt = DateTimeOffset.UtcNow.AddDays(1) });

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync(Ct));
    }

    private async Task<int> LiveLinksAsync(Guid programmeId)
    {
        await using var db = await ClinicDatabase.OpenAsync(factory);
        return await db.PatientLinks.CountAsync(l => l.ProgrammeId == programmeId && l.RevokedAt == null, Ct);
    }

    private async Task<string> PhysioIdAsync(Guid patientId)
    {
        await using var db = await ClinicDatabase.OpenAsync(factory);
        return await db.Patients.Where(p => p.Id == patientId).Select(p => p.PhysioId).FirstAsync(Ct);
    }
}
