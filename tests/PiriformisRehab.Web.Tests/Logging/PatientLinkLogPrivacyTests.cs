using PiriformisRehab.Web.Tests.Infrastructure;

namespace PiriformisRehab.Web.Tests.Logging;

/// <summary>A patient link's token never reaches the logs: not when issued, opened or revoked.</summary>
[Collection(nameof(LogCaptureRunsAlone))]
public sealed class PatientLinkLogPrivacyTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task IssuingOpeningAndRevokingALinkLogsNoToken()
    {
        var sink = new CapturingSink();
        using var app = factory.WithLogCapture(sink, frameworkVerbose: false);
        using var physio = await PhysioSession.RegisterAsync(PhysioSession.NewClient(app), factory);
        var patientId = await physio.AddPatientAsync();
        var programmeId = await physio.CreateStandardProgrammeAsync(patientId);

        var token = await physio.IssueLinkAsync(patientId, programmeId);
        using (await physio.Client.GetAsync($"/p/{token}", TestContext.Current.CancellationToken))
        {
        }

        using (await physio.SubmitAsync("/clinic", $"/clinic/patients/{patientId}/programmes/{programmeId}/links/revoke", new() { ["confirm"] = "yes" }))
        {
        }

        using (await physio.Client.GetAsync($"/p/{token}", TestContext.Current.CancellationToken))
        {
        }

        var logged = sink.Everything();
        Assert.Contains("/p/{token}", logged, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(token, logged, StringComparison.Ordinal);
    }
}
