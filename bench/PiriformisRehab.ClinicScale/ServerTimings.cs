using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace PiriformisRehab.ClinicScale;

/// <summary>What the server saw of one request: time inside the pipeline, body bytes written and the status.</summary>
internal sealed record ServerSample(TimeSpan Elapsed, long BodyBytes, int Status);

/// <summary>
/// Server time, not client time: a middleware put in front of the whole app (by an
/// <see cref="IStartupFilter"/>, so before the app's own middleware) times each request the bench
/// marks with <see cref="Header"/> around next(), including the final flush of the body, and counts
/// the body bytes the app wrote (uncompressed: the bench sends no Accept-Encoding). Requests the
/// bench does not mark pass through untouched.
/// </summary>
internal sealed class ServerTimings : IStartupFilter
{
    public const string Header = "X-Bench-Request";

    private readonly ConcurrentDictionary<string, TaskCompletionSource<ServerSample>> _pending = new(StringComparer.Ordinal);

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(InvokeAsync);
        next(app);
    };

    /// <summary>
    /// What the server saw of the request marked <paramref name="id"/>. The client can read the
    /// last byte before the middleware has stored its sample, so this waits for it (briefly).
    /// </summary>
    public async Task<ServerSample> SampleAsync(string id)
    {
        var pending = Pending(id);
        var sample = await pending.Task.WaitAsync(TimeSpan.FromSeconds(10));
        _pending.TryRemove(id, out _);
        return sample;
    }

    private TaskCompletionSource<ServerSample> Pending(string id) =>
        _pending.GetOrAdd(id, _ => new TaskCompletionSource<ServerSample>(TaskCreationOptions.RunContinuationsAsynchronously));

    private async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        var id = context.Request.Headers[Header].ToString();
        if (id.Length == 0)
        {
            await next(context);
            return;
        }

        var original = context.Features.GetRequiredFeature<IHttpResponseBodyFeature>();
        var counting = new CountingStream(original.Stream);
        // The pattern of the response-compression middleware: a body feature over our stream that
        // the app writes to (stream or pipe), completed here so no byte is left in its buffer.
        var body = new StreamResponseBodyFeature(counting, original);
        context.Features.Set<IHttpResponseBodyFeature>(body);
        var start = Stopwatch.GetTimestamp();
        try
        {
            await next(context);
            await body.CompleteAsync();
        }
        finally
        {
            var elapsed = Stopwatch.GetElapsedTime(start);
            context.Features.Set(original);
            Pending(id).TrySetResult(new ServerSample(elapsed, counting.Written, context.Response.StatusCode));
        }
    }
}

/// <summary>Passes writes through to the response and counts their bytes.</summary>
internal sealed class CountingStream(Stream inner) : Stream
{
    private long _written;

    public long Written => Interlocked.Read(ref _written);

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Flush() => inner.Flush();

    public override Task FlushAsync(CancellationToken cancellationToken) => inner.FlushAsync(cancellationToken);

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count)
    {
        Interlocked.Add(ref _written, count);
        inner.Write(buffer, offset, count);
    }

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        Interlocked.Add(ref _written, buffer.Length);
        inner.Write(buffer);
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
    {
        Interlocked.Add(ref _written, count);
        return inner.WriteAsync(buffer, offset, count, cancellationToken);
    }

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        Interlocked.Add(ref _written, buffer.Length);
        return inner.WriteAsync(buffer, cancellationToken);
    }
}
