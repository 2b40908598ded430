using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using PiriformisRehab.Web.Features.Email;
using PiriformisRehab.Web.Tests.Infrastructure;

namespace PiriformisRehab.Web.Tests.Features.Clinic;

/// <summary>Spec 5.11 f, h: the physio acknowledges alerts and resumes a paused programme; the patient's clearance alerts them.</summary>
public sealed partial class DiaryReviewTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task APhysioResumesAPausedPlanWithANoteAndWhoAndWhenAreKept()
    {
        using var physio = await PhysioSession.RegisterAsync(factory);
        var (patientId, programmeId, token) = await FollowedAsync(physio);
        using var patient = PhysioSession.NewClient(factory);
        await patient.CheckInAsync($"/p/{token}/diary", DiaryForms.GoodSession().With("redFlags=bladderBowelChange"));

        using var response = await Resume(physio, patientId, programmeId, "Seen by GP 2 Dec: no cauda equina signs; carry on.");
        var diary = await patient.GetHtmlAsync($"/p/{token}/diary");
        var page = await physio.Client.GetHtmlAsync(response.Headers.Location!.OriginalString);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("data-paused=\"false\"", diary, StringComparison.Ordinal);
        Assert.Contains("reviewed and resumed by Sam Physio: Seen by GP 2 Dec", page, StringComparison.Ordinal);
        await using var db = await ClinicDatabase.OpenAsync(factory);
        var review = await db.DiaryReviews.SingleAsync(r => r.ProgrammeId == programmeId, Ct);
        Assert.Equal("Sam Physio", review.ReviewerName);
        Assert.NotEqual(default, review.At);
    }

    [Fact]
    public async Task AResumeWithoutANoteIsRefusedWithTheErrorBesideTheNoteAndThePlanStaysPaused()
    {
        using var physio = await PhysioSession.RegisterAsync(factory);
        var (patientId, programmeId, token) = await FollowedAsync(physio);
        using var patient = PhysioSession.NewClient(factory);
        await patient.CheckInAsync($"/p/{token}/diary", DiaryForms.GoodSession().With("redFlags=bladderBowelChange"));

        using var response = await Resume(physio, patientId, programmeId, "   ");
        var page = await physio.Client.GetHtmlAsync(response.Headers.Location!.OriginalString);

        Assert.Contains($"id=\"resume-note-{programmeId}-error\"", page, StringComparison.Ordinal);
        Assert.Contains("data-paused=\"true\"", await patient.GetHtmlAsync($"/p/{token}/diary"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ThePatientsClearanceInAProgrammeDiaryIsRecordedAndAlertsThePhysioButDoesNotResume()
    {
        using var physio = await PhysioSession.RegisterAsync(factory);
        var (patientId, _, token) = await FollowedAsync(physio);
        using var patient = PhysioSession.NewClient(factory);
        await patient.CheckInAsync($"/p/{token}/diary", DiaryForms.GoodSession().With("redFlags=bladderBowelChange"));

        var diary = await patient.CheckInAsync($"/p/{token}/diary", DiaryForms.GoodSession().With("clinicianCleared=true"));
        var page = await physio.Client.GetHtmlAsync($"/clinic/patients/{patientId}");

        Assert.Contains("data-paused=\"true\"", diary, StringComparison.Ordinal);
        Assert.Contains("data-clearance-reported", diary, StringComparison.Ordinal);
        Assert.Contains("data-concern-text=\"clearanceReported\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAcknowledgedAlertMovesDownTheListUntilANewOneArrives()
    {
        using var physio = await PhysioSession.RegisterAsync(factory);
        var (first, firstProgramme, firstToken) = await FollowedAsync(physio, "AA pain 01");
        var (second, _, secondToken) = await FollowedAsync(physio, "BB pain 02");
        using var patient = PhysioSession.NewClient(factory);
        await patient.CheckInAsync($"/p/{firstToken}/diary", DiaryForms.GoodSession().With("painNow=7&painWorst=8"));
        await patient.CheckInAsync($"/p/{secondToken}/diary", DiaryForms.GoodSession().With("painNow=7&painWorst=8"));
        Assert.Equal([first, second], await ListOrderAsync(physio));

        using var ack = await physio.SubmitAsync($"/clinic/patients/{first}", $"/clinic/patients/{first}/programmes/{firstProgramme}/review/acknowledge", []);
        var afterAck = await ListOrderAsync(physio);
        await patient.CheckInAsync($"/p/{firstToken}/diary", DiaryForms.GoodSession().With("painNow=7&painWorst=9"));
        var afterNewAlert = await ListOrderAsync(physio);

        Assert.Equal(HttpStatusCode.Redirect, ack.StatusCode);
        Assert.Equal([second, first], afterAck);
        Assert.Equal([first, second], afterNewAlert);
    }

    [Fact]
    public async Task AnotherPhysioCannotAcknowledgeOrResume()
    {
        using var owner = await PhysioSession.RegisterAsync(factory);
        var (patientId, programmeId, _) = await FollowedAsync(owner);
        using var stranger = await PhysioSession.RegisterAsync(factory);

        using var ack = await stranger.SubmitAsync("/clinic", $"/clinic/patients/{patientId}/programmes/{programmeId}/review/acknowledge", []);
        using var resume = await stranger.SubmitAsync("/clinic", $"/clinic/patients/{patientId}/programmes/{programmeId}/review/resume", new() { ["note"] = "fine" });

        Assert.Equal(HttpStatusCode.NotFound, ack.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, resume.StatusCode);
    }

    [Fact]
    public async Task ThePatientsClearanceEmailsThePhysio()
    {
        using var smtp = TestSmtpServer.Start();
        await using var app = new AppFactory { Smtp = smtp };
        using var physio = await PhysioSession.RegisterAsync(app, "clearance@clinic.example");
        var (_, _, token) = await FollowedAsync(physio);
        using var patient = PhysioSession.NewClient(app);
        var before = smtp.Messages.Count; // the account's confirmation
        await patient.CheckInAsync($"/p/{token}/diary", DiaryForms.GoodSession().With("redFlags=bladderBowelChange"));

        await patient.CheckInAsync($"/p/{token}/diary", DiaryForms.GoodSession().With("clinicianCleared=true"));

        var mails = (await smtp.WaitForAsync(before + 2)).Skip(before).ToList();
        Assert.Equal(2, mails.Count);
        Assert.All(mails, m => Assert.Equal(ClinicMail.ReviewAlertSubject, m.Subject));
    }

    private static async Task<(Guid Patient, Guid Programme, string Token)> FollowedAsync(PhysioSession physio, string? label = null)
    {
        var patientId = label is null ? await physio.AddPatientAsync() : await physio.AddPatientAsync(label);
        var programmeId = await physio.CreateStandardProgrammeAsync(patientId);
        return (patientId, programmeId, await physio.IssueLinkAsync(patientId, programmeId));
    }

    private static Task<HttpResponseMessage> Resume(PhysioSession physio, Guid patientId, Guid programmeId, string note) =>
        physio.SubmitAsync($"/clinic/patients/{patientId}", $"/clinic/patients/{patientId}/programmes/{programmeId}/review/resume", new() { ["note"] = note });

    private static async Task<List<Guid>> ListOrderAsync(PhysioSession physio) =>
        [.. PatientRow().Matches(await physio.Client.GetHtmlAsync("/clinic")).Select(m => Guid.Parse(m.Groups["id"].Value))];

    [GeneratedRegex("""data-patient-row="(?<id>[0-9a-f-]{36})""")]
    private static partial Regex PatientRow();
}
