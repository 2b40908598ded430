using System.Net;
using Microsoft.EntityFrameworkCore;
using PiriformisRehab.Domain.Plans;
using PiriformisRehab.Web.Features.Common;
using PiriformisRehab.Web.Tests.Infrastructure;

namespace PiriformisRehab.Web.Tests.Features.Clinic;

public sealed class PatientLinkTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<(PhysioSession Physio, Guid PatientId, Guid ProgrammeId)> ProgrammeAsync()
    {
        var physio = await PhysioSession.RegisterAsync(factory);
        var patientId = await physio.AddPatientAsync();
        return (physio, patientId, await physio.CreateStandardProgrammeAsync(patientId));
    }

    private static string LinksPath(Guid patientId, Guid programmeId) => $"/clinic/patients/{patientId}/programmes/{programmeId}/links";

    [Fact]
    public async Task AnIssuedLinkOpensTheProgrammeWithoutSigningIn()
    {
        var (physio, patientId, programmeId) = await ProgrammeAsync();
        using var _ = physio;
        var token = await physio.IssueLinkAsync(patientId, programmeId);
        using var anonymous = PhysioSession.NewClient(factory);

        using var response = await anonymous.GetAsync($"/p/{token}", Ct);

        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Your exercise programme", html, StringComparison.Ordinal);
        Assert.Contains("When to stop and get help", html, StringComparison.Ordinal);
        Assert.Contains("From Sam Physio", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ThePatientPageShowsThePhysiosDoseNotesStepsAndCautions()
    {
        var (physio, patientId, programmeId) = await ProgrammeAsync();
        using var _ = physio;
        Guid itemId;
        string exerciseId;
        await using (var db = await ClinicDatabase.OpenAsync(factory))
        {
            var item = await db.ProgrammeExercises.Where(e => e.ProgrammeId == programmeId).OrderBy(e => e.Position).FirstAsync(Ct);
            (itemId, exerciseId) = (item.Id, item.ExerciseId);
        }

        var programmePath = $"/clinic/patients/{patientId}/programmes/{programmeId}";
        using (await physio.SubmitAsync(programmePath, programmePath, new()
        {
            ["_handler"] = "programme", ["item"] = itemId.ToString(), [$"sets-{itemId}"] = "3", [$"amount-{itemId}"] = "30", [$"times-{itemId}"] = "1", [$"per-{itemId}"] = "day",
            [$"notes-{itemId}"] = "Stop at <mild> discomfort",
        }))
        {
        }

        var token = await physio.IssueLinkAsync(patientId, programmeId);

        var html = await PhysioSession.NewClient(factory).GetStringAsync($"/p/{token}", Ct);
        var exercise = ExerciseCatalog.Default.Find(exerciseId)!;
        Assert.Contains(DoseText.Format(exercise.Dose with
        {
            Sets = new(3, 3),
            Reps = exercise.Dose.Reps is null ? null : new(30, 30),
            HoldSeconds = exercise.Dose.HoldSeconds is null ? null : new(30, 30),
            Times = new(1, 1),
            Per = DosePeriod.Day,
        }), html, StringComparison.Ordinal);
        Assert.Contains("Stop at &lt;mild&gt; discomfort", html, StringComparison.Ordinal);
        Assert.Contains(WebUtility.HtmlEncode(exercise.Steps[0]).Replace("&#39;", "&#x27;", StringComparison.Ordinal), html, StringComparison.Ordinal);
        Assert.Contains("Take care:", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OnlyTheHashOfTheTokenIsStored()
    {
        var (physio, patientId, programmeId) = await ProgrammeAsync();
        using var _ = physio;

        var token = await physio.IssueLinkAsync(patientId, programmeId);

        await using var db = await ClinicDatabase.OpenAsync(factory);
        var link = await db.PatientLinks.SingleAsync(l => l.ProgrammeId == programmeId, Ct);
        Assert.Equal(ShareToken.Hash(token), link.TokenHash);
        Assert.False(await factory.Database.StoresTextAsync(token, Ct));
    }

    [Fact]
    public async Task TheLinkExpiresAfterTheChosenNumberOfDays()
    {
        var (physio, patientId, programmeId) = await ProgrammeAsync();
        using var _ = physio;

        await physio.IssueLinkAsync(patientId, programmeId, days: 30);

        await using var db = await ClinicDatabase.OpenAsync(factory);
        var link = await db.PatientLinks.SingleAsync(l => l.ProgrammeId == programmeId, Ct);
        Assert.Equal(TimeSpan.FromDays(30), link.ExpiresAt - link.CreatedAt);
    }

    [Fact]
    public async Task TheIssuedPageShowsAQrCodeAndSaysTheLinkIsShownOnlyOnce()
    {
        var (physio, patientId, programmeId) = await ProgrammeAsync();
        using var _ = physio;

        using var response = await physio.SubmitAsync("/clinic", LinksPath(patientId, programmeId), new() { ["_handler"] = "issue-link", ["expiryDays"] = "180" });

        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("src=\"data:image/png;base64,", html, StringComparison.Ordinal);
        Assert.Contains("shown only this once", html, StringComparison.Ordinal);
        Assert.True(response.Headers.CacheControl?.NoStore);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("366")]
    public async Task AnExpiryOutsideOneTo365DaysIsRefusedBesideTheField(string days)
    {
        var (physio, patientId, programmeId) = await ProgrammeAsync();
        using var _ = physio;

        using var response = await physio.SubmitAsync("/clinic", LinksPath(patientId, programmeId), new() { ["_handler"] = "issue-link", ["expiryDays"] = days });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var html = await physio.Client.GetStringAsync(response.Headers.Location, Ct);
        Assert.Contains("data-expiry-error>Choose between 1 and 365 days.", html, StringComparison.Ordinal);
        await using var db = await ClinicDatabase.OpenAsync(factory);
        Assert.False(await db.PatientLinks.AnyAsync(l => l.ProgrammeId == programmeId, Ct));
    }

    [Fact]
    public async Task ARevokedLinkShowsLinkNotValidWithNotFound()
    {
        var (physio, patientId, programmeId) = await ProgrammeAsync();
        using var _ = physio;
        var token = await physio.IssueLinkAsync(patientId, programmeId);

        using (var revoke = await physio.SubmitAsync("/clinic", $"{LinksPath(patientId, programmeId)}/revoke", new() { ["confirm"] = "yes" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, revoke.StatusCode);
        }

        await AssertLinkNotValidAsync($"/p/{token}");
    }

    [Fact]
    public async Task AnExpiredLinkShowsLinkNotValidWithNotFound()
    {
        var (physio, patientId, programmeId) = await ProgrammeAsync();
        using var _ = physio;
        var token = await physio.IssueLinkAsync(patientId, programmeId);
        await using (var db = await ClinicDatabase.OpenAsync(factory))
        {
            var link = await db.PatientLinks.SingleAsync(l => l.ProgrammeId == programmeId, Ct);
            link.ExpiresAt = DateTimeOffset.UtcNow.AddMinutes(-1);
            await db.SaveChangesAsync(Ct);
        }

        await AssertLinkNotValidAsync($"/p/{token}");
    }

    [Fact]
    public async Task IssuingANewLinkRevokesTheOldOne()
    {
        var (physio, patientId, programmeId) = await ProgrammeAsync();
        using var _ = physio;
        var old = await physio.IssueLinkAsync(patientId, programmeId);

        var fresh = await physio.IssueLinkAsync(patientId, programmeId);

        await AssertLinkNotValidAsync($"/p/{old}");
        using var response = await PhysioSession.NewClient(factory).GetAsync($"/p/{fresh}", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("not-a-token")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA%3D")]
    public async Task AnUnknownOrMalformedTokenShowsLinkNotValidWithNotFound(string token) =>
        await AssertLinkNotValidAsync($"/p/{token}");

    [Fact]
    public async Task PatientPagesSendNoReferrerNoStoreAndNoIndexHeaders()
    {
        var (physio, patientId, programmeId) = await ProgrammeAsync();
        using var _ = physio;
        var token = await physio.IssueLinkAsync(patientId, programmeId);

        using var response = await PhysioSession.NewClient(factory).GetAsync($"/p/{token}", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("no-referrer", string.Join(",", response.Headers.GetValues("Referrer-Policy")));
        Assert.True(response.Headers.CacheControl?.NoStore);
        Assert.Contains("noindex", string.Join(",", response.Headers.GetValues("X-Robots-Tag")), StringComparison.Ordinal);
    }

    private async Task AssertLinkNotValidAsync(string path)
    {
        using var response = await PhysioSession.NewClient(factory).GetAsync(path, Ct);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("This link is not valid", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }
}
