using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using MimeKit;
using netDumbster.smtp;

namespace PiriformisRehab.Web.Tests.Infrastructure;

/// <summary>
/// A real SMTP server (netDumbster) on a loopback port of this test process. Point an app at it
/// with <see cref="Settings"/>; each message it receives is parsed with MimeKit into
/// <see cref="Messages"/>, and <see cref="WaitForAsync"/> waits for the next ones (sending is in
/// the background, so a test waits for what it expects rather than sleeping).
/// </summary>
public sealed class TestSmtpServer : IDisposable
{
    private readonly ConcurrentQueue<MimeMessage> _messages = new();
    private readonly SemaphoreSlim _arrived = new(0);
    private SimpleSmtpServer? _server;

    private TestSmtpServer(int port) => Port = port;

    public int Port { get; }

    public IReadOnlyCollection<MimeMessage> Messages => _messages;

    /// <summary>Starts a server on a free port.</summary>
    public static TestSmtpServer Start()
    {
        var server = new TestSmtpServer(FreePort());
        server.Listen();
        return server;
    }

    /// <summary>A free port with no server on it yet (for a test that starts the server late, see <see cref="Listen"/>).</summary>
    public static TestSmtpServer Reserve() => new(FreePort());

    /// <summary>Starts listening on <see cref="Port"/> (once).</summary>
    public void Listen()
    {
        _server = SimpleSmtpServer.Start(Port);
        _server.MessageReceived += (_, e) =>
        {
            _messages.Enqueue(MimeMessage.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(e.Message.Data))));
            _arrived.Release();
        };
    }

    /// <summary>The app settings that send to this server, plain SMTP on loopback, with quick retries.</summary>
    public IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Email:Smtp:Host"] = "127.0.0.1",
        ["Email:Smtp:Port"] = Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Email:Smtp:Security"] = "None",
        ["Email:FirstRetryDelay"] = "00:00:00.200",
        ["Email:MaxAttempts"] = "8",
    };

    /// <summary>Waits until <paramref name="count"/> messages have arrived in all (at most 30 s, then fails) and returns them.</summary>
    public async Task<IReadOnlyList<MimeMessage>> WaitForAsync(int count = 1)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(30));
        while (_messages.Count < count)
        {
            try
            {
                await _arrived.WaitAsync(timeout.Token);
            }
            catch (OperationCanceledException) when (!TestContext.Current.CancellationToken.IsCancellationRequested)
            {
                Assert.Fail($"Expected {count} e-mail(s) at the test SMTP server within 30 s; {_messages.Count} arrived.");
            }
        }

        return [.. _messages];
    }

    public void Dispose()
    {
        _server?.Stop();
        _server?.Dispose();
        _arrived.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
