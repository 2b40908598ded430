using PiriformisRehab.Web.Tests.Infrastructure;

namespace PiriformisRehab.Web.Tests.Logging;

/// <summary>Health answers and secrets in paths never reach the logs, at any level.</summary>
[Collection(nameof(LogCaptureRunsAlone))]
public sealed class LogPrivacyTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private (HttpClient Client, CapturingSink Sink) CreateClientWithCapture()
    {
        var sink = new CapturingSink();
        var client = factory.WithLogCapture(sink, frameworkVerbose: false).CreateClient();
        return (client, sink);
    }

    [Fact]
    public async Task EvaluatingAnswersLogsNeitherQuestionIdsNorAnswerValues()
    {
        var (client, sink) = CreateClientWithCapture();
        using (client)
        {
            using var response = await client.PostJsonAsync("""{"answers": {"saddleNumbness": true, "runningStatus": "runningWithPain", "age": 47}}""");
        }

        var logged = sink.Everything();
        Assert.Contains("/api/v1/assessments/evaluate", logged, StringComparison.Ordinal);
        Assert.DoesNotContain("saddleNumbness", logged, StringComparison.Ordinal);
        Assert.DoesNotContain("runningWithPain", logged, StringComparison.Ordinal);
        // The age as a number of its own: "47" inside a timing such as "Elapsed=78.614708" is not the answer.
        Assert.DoesNotMatch(@"(?<![\d.])47(?![\d.])", logged);
    }

    [Fact]
    public async Task RequestPathIsReplacedByTheRouteTemplate()
    {
        var (client, sink) = CreateClientWithCapture();
        using (client)
        {
            using var response = await client.GetAsync("/api/v1/secret-Zq8xT3", TestContext.Current.CancellationToken);
        }

        Assert.Contains(sink.Events, e => e.Properties.ContainsKey("RouteTemplate"));
        Assert.DoesNotContain("secret-Zq8xT3", sink.Everything(), StringComparison.Ordinal);
    }
}
