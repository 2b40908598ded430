using System.Diagnostics.Metrics;

namespace PiriformisRehab.CircuitMemory;

/// <summary>
/// Bytes that ASP.NET Core's memory pools (Kestrel's socket and pipe buffers) hold free for reuse,
/// from the framework's own "aspnetcore.memory_pool.pooled" up-down counter. They are on the
/// managed heap, so they show in the heap figure, but their amount follows the peak of I/O while
/// pages were being driven, and the pool trims them over time: noise for a per-circuit figure.
/// Buffers that live connections have rented are not in this count and stay in the result.
/// </summary>
internal sealed class PoolMeter : IDisposable
{
    private const string MeterName = "Microsoft.AspNetCore.MemoryPool";
    private const string PooledInstrument = "aspnetcore.memory_pool.pooled";

    private readonly MeterListener _listener = new();
    private long _pooled;

    public PoolMeter()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == MeterName && instrument.Name == PooledInstrument)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((_, value, _, _) => Interlocked.Add(ref _pooled, value));
        _listener.SetMeasurementEventCallback<int>((_, value, _, _) => Interlocked.Add(ref _pooled, value));
        _listener.Start();
    }

    /// <summary>Whether the counter has reported anything (it exists from .NET 10).</summary>
    public bool Seen { get; private set; }

    /// <summary>Free pooled bytes now, summed over every pool in the process.</summary>
    public long PooledBytes
    {
        get
        {
            var value = Interlocked.Read(ref _pooled);
            Seen |= value != 0;
            return value;
        }
    }

    public void Dispose() => _listener.Dispose();
}
