using System.Net;
using Microsoft.EntityFrameworkCore;
using PiriformisRehab.Web.Tests.Infrastructure;

namespace PiriformisRehab.Web.Tests.Features.Clinic;

/// <summary>Issue 12 item 7: programmes are archived, un-archived and deleted; a new link can be e-mailed once.</summary>
public sealed class ProgrammeArchiveTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AnArchivedProgrammesLinkAnswers404AndOpensAgainOnceUnarchived()
    {
        var (physio, patientId, programmeId, token) = await LinkedProgrammeAsync();
        using var _ = physio;
        var path = $"/clinic/patients/{patientId}/programmes/{programmeId}";
        using var patient = PhysioSession.NewClient(factory);

        using (await physio.SubmitAsync(path, $"{path}/archive", []))
        {
        }

        using (var archived = await patient.GetAsync($"/p/{token}", Ct))
        {
            Assert.Equal(HttpStatusCode.NotFound, archived.StatusCode);
        }

        var page = await physio.Client.GetStringAsync($"/clinic/patients/{patientId}", Ct);
        Assert.Contains("data-archived-programmes", page, StringComparison.Ordinal);
        Assert.DoesNotContain($"data-diary=\"{programmeId}\"", page, StringComparison.Ordinal);

        using (await physio.SubmitAsync(path, $"{path}/unarchive", []))
        {
        }

        using var back = await patient.GetAsync($"/p/{token}", Ct);
        Assert.Equal(HttpStatusCode.OK, back.StatusCode);
    }

    [Fact]
    public async Task DeletingAProgrammeRemovesItsDiaryAndLinksAtOnce()
    {
        var (physio, patientId, programmeId, token) = await LinkedProgrammeAsync();
        using var _ = physio;
        var path = $"/clinic/patients/{patientId}/programmes/{programmeId}";
        using var patient = PhysioSession.NewClient(factory);
        await patient.CheckInAsync($"/p/{token}/diary", DiaryForms.GoodSession());

        using var delete = await physio.SubmitAsync(path, $"{path}/delete", new() { ["confirm"] = "yes" });
        using var link = await patient.GetAsync($"/p/{token}", Ct);

        Assert.Equal($"/clinic/patients/{patientId}?programmeDeleted=true#programmes", delete.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.NotFound, link.StatusCode);
        Assert.Equal(0, await DiaryForms.CountCheckInsAsync(factory, programmeId));
        await using var db = await ClinicDatabase.OpenAsync(factory);
        Assert.False(await db.PatientLinks.AnyAsync(l => l.ProgrammeId == programmeId, Ct));
    }

    [Fact]
    public async Task DeletingWithoutYesShowsTheConfirmationStepAndKeepsTheProgramme()
    {
        var (physio, patientId, programmeId, token) = await LinkedProgrammeAsync();
        using var _ = physio;
        var path = $"/clinic/patients/{patientId}/programmes/{programmeId}";

        using var delete = await physio.SubmitAsync(path, $"{path}/delete", new() { ["confirm"] = "true" });
        using var link = await PhysioSession.NewClient(factory).GetAsync($"/p/{token}", Ct);

        Assert.Equal($"{path}?confirm=delete#confirm-delete", delete.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, link.StatusCode);
    }

    [Fact]
    public async Task TheIssuedLinkIsSelectableTextWithACopyButton()
    {
        using var physio = await PhysioSession.RegisterAsync(factory);
        var patientId = await physio.AddPatientAsync();
        var programmeId = await physio.CreateStandardProgrammeAsync(patientId);

        using var response = await physio.SubmitAsync("/clinic", $"/clinic/patients/{patientId}/programmes/{programmeId}/links", new() { ["_handler"] = "issue-link", ["expiryDays"] = "30" });
        var html = await response.Content.ReadAsStringAsync(Ct);

        Assert.Contains("id=\"patient-link-url\"", html, StringComparison.Ordinal);
        Assert.Contains("data-copy=\"patient-link-url\" hidden", html, StringComparison.Ordinal);
        Assert.Contains("data-copy-status", html, StringComparison.Ordinal);
    }

    private async Task<(PhysioSession Physio, Guid PatientId, Guid ProgrammeId, string Token)> LinkedProgrammeAsync()
    {
        var physio = await PhysioSession.RegisterAsync(factory);
        var patientId = await physio.AddPatientAsync();
        var programmeId = await physio.CreateStandardProgrammeAsync(patientId);
        return (physio, patientId, programmeId, await physio.IssueLinkAsync(patientId, programmeId));
    }
}

/// <summary>"Send this link by e-mail": through the outbox to a real SMTP server; the address is used once and not kept.</summary>
public sealed class PatientLinkEmailTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TheLinkIsEmailedToTheAddressTypedWithNoHealthDetailsAndTheAddressIsNotStored()
    {
        using var smtp = TestSmtpServer.Start();
        await using var factory = new AppFactory { Smtp = smtp };
        using var physio = await PhysioSession.RegisterAsync(factory);
        var patientId = await physio.AddPatientAsync("RB groin 07");
        var programmeId = await physio.CreateStandardProgrammeAsync(patientId);
        var token = await physio.IssueLinkAsync(patientId, programmeId);
        var before = smtp.Messages.Count; // the account's confirmation

        using var response = await SendAsync(physio, patientId, programmeId, token, "runner.once@example.com");
        var html = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("data-email-sent", html, StringComparison.Ordinal);
        var messages = await smtp.WaitForAsync(before + 1);
        var message = messages[^1];
        Assert.Equal("runner.once@example.com", Assert.Single(message.To.Mailboxes).Address);
        Assert.Contains($"/p/{token}", message.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("RB groin 07", message.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("pain", message.TextBody, StringComparison.OrdinalIgnoreCase);
        Assert.False(await ClinicDatabase.ContainsTextAsync(factory, "runner.once@example.com"));
    }

    [Fact]
    public async Task ABadAddressIsRefusedBesideTheFieldWith400AndNothingIsSent()
    {
        using var smtp = TestSmtpServer.Start();
        await using var factory = new AppFactory { Smtp = smtp };
        using var physio = await PhysioSession.RegisterAsync(factory);
        var patientId = await physio.AddPatientAsync();
        var programmeId = await physio.CreateStandardProgrammeAsync(patientId);
        var token = await physio.IssueLinkAsync(patientId, programmeId);

        using var response = await SendAsync(physio, patientId, programmeId, token, "not an address");
        var html = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("id=\"email-link-error\"", html, StringComparison.Ordinal);
        Assert.Contains("data-patient-link", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ATokenThatIsNotThisProgrammesLiveLinkIsNotMailed()
    {
        await using var factory = new AppFactory();
        using var physio = await PhysioSession.RegisterAsync(factory);
        var patientId = await physio.AddPatientAsync();
        var programmeId = await physio.CreateStandardProgrammeAsync(patientId);
        var old = await physio.IssueLinkAsync(patientId, programmeId);
        await physio.IssueLinkAsync(patientId, programmeId); // the old one stops working

        using var response = await SendAsync(physio, patientId, programmeId, old, "runner@example.com");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static async Task<HttpResponseMessage> SendAsync(PhysioSession physio, Guid patientId, Guid programmeId, string token, string email) =>
        await physio.SubmitAsync("/clinic", $"/clinic/patients/{patientId}/programmes/{programmeId}/links", new()
        {
            ["_handler"] = "email-link",
            ["token"] = token,
            ["email"] = email,
        });
}
