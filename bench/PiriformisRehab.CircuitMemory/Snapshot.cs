namespace PiriformisRehab.CircuitMemory;

/// <summary>The server's state at one measuring point.</summary>
internal sealed record Snapshot(long Heap, long Pooled, int LiveCircuits, int ConnectedCircuits, int Threads, long WorkingSet)
{
    /// <summary>Live managed bytes less free pooled buffers.</summary>
    public long Net => Heap - Pooled;
}

internal sealed record RunResult(int Run, int Pages, int Half, Snapshot Baseline, Snapshot? Halfway, Snapshot Full, TimeSpan Opening)
{
    public long Delta => Full.Heap - Baseline.Heap;

    public double PerPageKb => Delta / 1024.0 / Pages;

    /// <summary>The heap delta less the change in free pooled buffers, per page.</summary>
    public double NetPerPageKb => (Full.Net - Baseline.Net) / 1024.0 / Pages;

    /// <summary>Net growth from N/2 to N pages, per page added.</summary>
    public double? MarginalKb => Halfway is null ? null : (Full.Net - Halfway.Net) / 1024.0 / (Pages - Half);
}
