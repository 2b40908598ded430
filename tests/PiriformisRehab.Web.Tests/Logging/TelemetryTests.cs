using System.Text;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using PiriformisRehab.Web.Tests.Infrastructure;

namespace PiriformisRehab.Web.Tests.Logging;

/// <summary>OpenTelemetry over OTLP: off unless configured, and when on, no token, answer or note in what leaves.</summary>
public sealed class TelemetryTests
{
    private const string Note = "quokka-note-5e1 hip ached";
    private const string Instance = "telemetry-instance-3";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task WithoutAnEndpointNothingIsCollected()
    {
        await using var app = new AppFactory();
        using var client = app.CreateClient();

        Assert.Null(app.Services.GetService<TracerProvider>());
        Assert.Null(app.Services.GetService<MeterProvider>());
    }

    [Fact]
    public async Task WithAnEndpointTracesAndMetricsAreExportedWithoutTokensAnswersOrNotes()
    {
        await using var receiver = await OtlpReceiver.StartAsync();
        await using var app = new AppFactory
        {
            Settings = new Dictionary<string, string?> { ["Telemetry:OtlpEndpoint"] = receiver.Endpoint.ToString(), ["Instance:Name"] = Instance },
        };
        var (token, _) = await DiaryForms.ProgrammeLinkAsync(app);
        using var client = PhysioSession.NewClient(app);
        var diary = $"/p/{token}/diary";
        await client.CheckInAsync(diary, DiaryForms.GoodSession().With($"note={Note}&redFlags=nightPainUnrelenting&sittingMinutes=37"));
        using (await client.GetAsync($"/p/{token}", Ct))
        {
        }

        Assert.True(app.Services.GetRequiredService<TracerProvider>().ForceFlush(10_000));
        Assert.True(app.Services.GetRequiredService<MeterProvider>().ForceFlush(10_000));

        var traces = receiver.Received("traces");
        var metrics = receiver.Received("metrics");
        foreach (var secret in new[] { token, "quokka-note", "nightPainUnrelenting", "sittingMinutes" })
        {
            Assert.False(Contains(traces, secret), $"A trace carries '{secret}'.");
            Assert.False(Contains(metrics, secret), $"A metric carries '{secret}'.");
        }
        Assert.True(Contains(traces, "/p/{token}/diary"), "No span for the diary's route.");
        Assert.True(Contains(traces, "\"CheckIns\""), "No database span for the check-in.");
        Assert.True(Contains(traces, Instance), "Spans do not name the instance.");
        Assert.True(Contains(metrics, "http.server.request.duration"), "No ASP.NET Core request metric.");
    }

    private static bool Contains(byte[] haystack, string text) => haystack.AsSpan().IndexOf(Encoding.UTF8.GetBytes(text)) >= 0;
}
