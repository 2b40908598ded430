using PiriformisRehab.Domain.Recovery;
using PiriformisRehab.Web.Tests.Infrastructure;

namespace PiriformisRehab.Web.Tests.Logging;

/// <summary>A check-in's note is health data: the physio sees it, the logs never do.</summary>
public sealed class FollowUpLogPrivacyTests(FollowUpApp app) : IClassFixture<FollowUpApp>
{
    [Fact]
    public async Task ViewingTheListThePatientDiaryAndTheSummaryLogsNoNote()
    {
        const string note = "Private note: pain after the school run";
        var sink = new CapturingSink();
        using var logged = app.Factory.WithLogCapture(sink);
        using var physio = await PhysioSession.RegisterAsync(PhysioSession.NewClient(logged), app.Factory);
        var (patient, programme) = await DiarySeed.PatientAsync(app.Factory, physio, "Log patient", DiarySeed.HighPain);
        await DiarySeed.CheckInsAsync(app.Factory, programme, DiarySeed.Day(app.Clock.Today, 3, 4, MorningAfter.Better, note: note));

        var page = "";
        foreach (var path in new[] { "/clinic", $"/clinic/patients/{patient}", $"/clinic/patients/{patient}/summary" })
        {
            page += await physio.Client.GetStringAsync(path, TestContext.Current.CancellationToken);
        }

        Assert.Contains(note, page, StringComparison.Ordinal);
        // The capture works: EF Core's query of the check-ins is there (quotes escaped as a JSON sink
        // writes them), without the values it read.
        Assert.Contains("FROM \\\"CheckIns\\\" AS", sink.Everything(), StringComparison.Ordinal);
        Assert.DoesNotContain("school run", sink.Everything(), StringComparison.Ordinal);
    }
}
