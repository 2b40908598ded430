using System.Net;
using PiriformisRehab.Web.Tests.Infrastructure;

namespace PiriformisRehab.Web.Tests.Features.Clinic;

/// <summary>Item 7: patients can be archived and deleted, with a confirmation; their links then answer "not valid".</summary>
public sealed class ArchiveAndDeleteTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task ADeletedPatientsLinkAnswers404AndTheirDiaryIsGone()
    {
        using var physio = await PhysioSession.RegisterAsync(factory);
        var patientId = await physio.AddPatientAsync();
        var programmeId = await physio.CreateStandardProgrammeAsync(patientId);
        var token = await physio.IssueLinkAsync(patientId, programmeId);
        using var patient = PhysioSession.NewClient(factory);
        await patient.CheckInAsync($"/p/{token}/diary", DiaryForms.GoodSession());

        using var delete = await physio.SubmitAsync($"/clinic/patients/{patientId}", $"/clinic/patients/{patientId}/delete", new() { ["confirm"] = "yes" });
        using var link = await patient.GetAsync($"/p/{token}", TestContext.Current.CancellationToken);
        using var diary = await patient.GetAsync($"/p/{token}/diary", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, delete.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, link.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, diary.StatusCode);
        Assert.Equal(0, await DiaryForms.CountCheckInsAsync(factory, programmeId));
    }

    [Fact]
    public async Task AnArchivedPatientLeavesTheListAndTheirLinkAnswers404()
    {
        using var physio = await PhysioSession.RegisterAsync(factory);
        var patientId = await physio.AddPatientAsync("Archive me 01");
        var programmeId = await physio.CreateStandardProgrammeAsync(patientId);
        var token = await physio.IssueLinkAsync(patientId, programmeId);
        using var patient = PhysioSession.NewClient(factory);

        using var archive = await physio.SubmitAsync($"/clinic/patients/{patientId}", $"/clinic/patients/{patientId}/archive", new() { ["confirm"] = "yes" });
        using var link = await patient.GetAsync($"/p/{token}", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, archive.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, link.StatusCode);
        Assert.DoesNotContain("Archive me 01", await physio.Client.GetHtmlAsync("/clinic"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("delete")]
    [InlineData("archive")]
    public async Task WithoutTheConfirmationNothingHappensAndThePageAsksAgain(string action)
    {
        using var physio = await PhysioSession.RegisterAsync(factory);
        var patientId = await physio.AddPatientAsync();
        var programmeId = await physio.CreateStandardProgrammeAsync(patientId);
        var token = await physio.IssueLinkAsync(patientId, programmeId);
        using var patient = PhysioSession.NewClient(factory);

        using var response = await physio.SubmitAsync($"/clinic/patients/{patientId}", $"/clinic/patients/{patientId}/{action}", []);
        var page = await physio.Client.GetHtmlAsync(response.Headers.Location!.OriginalString);
        using var link = await patient.GetAsync($"/p/{token}", TestContext.Current.CancellationToken);

        Assert.Contains($"data-confirm-missing=\"{action}\"", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, link.StatusCode);
    }

    [Fact]
    public async Task AnotherPhysioCannotDeleteThePatient()
    {
        using var owner = await PhysioSession.RegisterAsync(factory);
        var patientId = await owner.AddPatientAsync();
        using var stranger = await PhysioSession.RegisterAsync(factory);

        using var response = await stranger.SubmitAsync("/clinic", $"/clinic/patients/{patientId}/delete", new() { ["confirm"] = "yes" });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("data-patient-label", await owner.Client.GetHtmlAsync($"/clinic/patients/{patientId}"), StringComparison.Ordinal);
    }
}
