using PiriformisRehab.Web.Tests.Api;
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
        // The request line's elapsed time may hold the digits too ("in 477.9 ms"): only answers count.
        var withoutTimings = System.Text.RegularExpressions.Regex.Replace(logged, @"in [0-9.]+ ms|Elapsed=[0-9.]+", string.Empty);
        Assert.DoesNotContain("47", withoutTimings.Replace("/api/v1", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
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
