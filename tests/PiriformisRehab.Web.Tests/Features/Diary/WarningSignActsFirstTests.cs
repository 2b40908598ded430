using System.Net;
using PiriformisRehab.Web.Features.Email;
using PiriformisRehab.Web.Tests.Infrastructure;

namespace PiriformisRehab.Web.Tests.Features.Diary;

/// <summary>Spec 5.11 a: a warning sign in a check-in acts first, whatever else the form holds.</summary>
public sealed class WarningSignActsFirstTests
{
    [Fact]
    public async Task AWarningSignWithThreeOtherErrorsIsStoredPausesThePlanEmailsThePhysioAndShowsTheErrors()
    {
        using var smtp = TestSmtpServer.Start();
        await using var factory = new AppFactory { Smtp = smtp };
        using var physio = await PhysioSession.RegisterAsync(factory, "physio.alerts@clinic.example");
        var patientId = await physio.AddPatientAsync();
        var programmeId = await physio.CreateStandardProgrammeAsync(patientId);
        var token = await physio.IssueLinkAsync(patientId, programmeId);
        using var patient = PhysioSession.NewClient(factory);
        var before = smtp.Messages.Count; // the account's confirmation

        // Groin pain worse each run, pain 7/10, no exercise ticked but its pain given, and no morning answer.
        using var response = await patient.PostCheckInAsync($"/p/{token}/diary", DiaryForms.GoodSession()
            .With("redFlags=groinPainWeightBearing&painNow=7&painWorst=eleven&exercisesDone=&morningAfter=&sessionDate=yesterday"));
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, await DiaryForms.CountWarningSignsAsync(factory, programmeId));
        Assert.Equal(0, await DiaryForms.CountCheckInsAsync(factory, programmeId));
        Assert.Contains("data-rescreen=", html, StringComparison.Ordinal);
        Assert.Contains("data-sign-stored", html, StringComparison.Ordinal);
        Assert.Contains("data-paused=\"true\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"f-painWorst-error\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"f-exercisePain-error\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"f-sessionDate-error\"", html, StringComparison.Ordinal);
        var mail = Assert.Single((await smtp.WaitForAsync(before + 1)).Skip(before));
        Assert.Equal("physio.alerts@clinic.example", Assert.Single(mail.To.Mailboxes).Address);
        Assert.Equal(ClinicMail.ReviewAlertSubject, mail.Subject);
        Assert.DoesNotContain("groin", mail.TextBody, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task AWarningSignStoredAloneShowsOnThePhysiosListAsARedFlag()
    {
        await using var factory = new AppFactory();
        using var physio = await PhysioSession.RegisterAsync(factory);
        var patientId = await physio.AddPatientAsync();
        var token = await physio.IssueLinkAsync(patientId, await physio.CreateStandardProgrammeAsync(patientId));
        using var patient = PhysioSession.NewClient(factory);

        using var _ = await patient.PostCheckInAsync($"/p/{token}/diary", [new("redFlags", "bladderBowelChange")]);
        var clinic = await physio.Client.GetHtmlAsync("/clinic");

        Assert.Contains("data-top-concern=\"redFlag\"", clinic, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACheckInWithErrorsAndNoWarningSignStoresNothingAndSendsNoMail()
    {
        await using var factory = new AppFactory();
        var (token, programmeId) = await DiaryForms.ProgrammeLinkAsync(factory);
        using var patient = PhysioSession.NewClient(factory);

        using var response = await patient.PostCheckInAsync($"/p/{token}/diary", DiaryForms.GoodSession().With("painNow=eleven"));

        Assert.Equal(0, await DiaryForms.CountWarningSignsAsync(factory, programmeId));
        Assert.Equal(0, await DiaryForms.CountCheckInsAsync(factory, programmeId));
        // Only the physio's account confirmation is in the pickup folder; no review alert.
        await Task.Delay(500, TestContext.Current.CancellationToken);
        var subjects = Directory.GetFiles(factory.MailPickupDirectory, "*.eml").Select(f => MimeKit.MimeMessage.Load(f).Subject);
        Assert.DoesNotContain(ClinicMail.ReviewAlertSubject, subjects);
    }

    [Fact]
    public async Task ASavedSelfChecksDiaryStoresAWarningSignAloneAndPausesToo()
    {
        await using var factory = new AppFactory();
        using var runner = PhysioSession.NewClient(factory);
        var token = await runner.SaveThroughResultsPageAsyncFor();

        using var response = await runner.PostCheckInAsync($"/r/{token}/diary", [new("redFlags", "bladderBowelChange")]);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Contains("data-paused=\"true\"", html, StringComparison.Ordinal);
        Assert.Contains("data-sign-stored", html, StringComparison.Ordinal);
    }
}
