using System.Net.Sockets;
using System.Text;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Events;
using PiriformisRehab.Web.Tests.Infrastructure;

namespace PiriformisRehab.Web.Tests.OpenInternet;

/// <summary>
/// What only a real Kestrel sees: broken chunk framing and a body that trickles in keep Kestrel's
/// own status (400, 408), are logged in one line without a stack trace, and no response names the server.
/// </summary>
[Collection(nameof(LogCaptureRunsAlone))]
public sealed class KestrelClientErrorTests : IAsyncLifetime
{
    private readonly CapturingSink _sink = new();
    private readonly AppFactory _app = new()
    {
        // A short grace period, so a too-slow body is caught in about two seconds instead of five.
        TestServices = services => services.Configure<KestrelServerOptions>(o => o.Limits.MinRequestBodyDataRate = new MinDataRate(240, TimeSpan.FromSeconds(1.5))),
    };

    private Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program>? _server;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync()
    {
        _server = _app.WithLogCapture(_sink, frameworkVerbose: false);
        _server.UseKestrel(0);
        _server.StartServer();
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        await _app.DisposeAsync();
    }

    [Fact]
    public async Task BrokenChunkFramingIsABadRequestWithoutAStackTraceInTheLog()
    {
        var startUp = _sink.Events.Count;
        var status = await SendRawAsync(
            "POST /api/v1/assessments/evaluate HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n");

        Assert.StartsWith("HTTP/1.1 400", status, StringComparison.Ordinal);
        // Only what the request logged (start-up on an empty PostgreSQL database logs a failed probe of the migrations table).
        Assert.DoesNotContain(_sink.Events.Skip(startUp), e => e.Exception is not null || e.Level >= LogEventLevel.Error);
    }

    [Fact]
    public async Task ABodyThatTricklesInTimesOutAs408()
    {
        var startUp = _sink.Events.Count;
        var status = await SendRawAsync(
            "POST /api/v1/assessments/evaluate HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 5000\r\n\r\n{\"answers\":",
            stall: TimeSpan.FromSeconds(4));

        Assert.StartsWith("HTTP/1.1 408", status, StringComparison.Ordinal);
        // Only what the request logged (start-up on an empty PostgreSQL database logs a failed probe of the migrations table).
        Assert.DoesNotContain(_sink.Events.Skip(startUp), e => e.Exception is not null || e.Level >= LogEventLevel.Error);
    }

    [Fact]
    public async Task NoResponseNamesTheServer()
    {
        using var client = new HttpClient { BaseAddress = _server!.ClientOptions.BaseAddress };

        using var page = await client.GetAsync("/", Ct);
        using var api = await client.GetAsync("/api/v1/questions", Ct);

        Assert.False(page.Headers.Contains("Server"));
        Assert.False(api.Headers.Contains("Server"));
    }

    /// <summary>Sends raw bytes and returns the response's status line.</summary>
    private async Task<string> SendRawAsync(string request, TimeSpan? stall = null)
    {
        var address = _server!.ClientOptions.BaseAddress;
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(address.Host, address.Port, Ct);
        await using var stream = tcp.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request), Ct);
        await stream.FlushAsync(Ct);
        if (stall is { } wait)
        {
            await Task.Delay(wait, Ct);
        }

        using var reader = new StreamReader(stream, Encoding.ASCII);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(15));
        return await reader.ReadLineAsync(timeout.Token) ?? string.Empty;
    }
}
