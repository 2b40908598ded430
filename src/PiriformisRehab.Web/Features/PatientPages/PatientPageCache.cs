using Microsoft.Extensions.Caching.Memory;

namespace PiriformisRehab.Web.Features.PatientPages;

/// <summary>
/// Patient pages rendered once, per instance (ADR-017): at most 64 MB, each kept for 10 minutes
/// after it was last served. Nothing is shared between instances; every instance renders its own
/// copy once, and a key that moves on (a check-in, an edit, a new day) simply misses.
/// </summary>
public sealed class PatientPageCache : IDisposable
{
    /// <summary>A page larger than this is sent but never kept.</summary>
    public const int MaxPageBytes = 1024 * 1024;

    private readonly MemoryCache _pages = new(new MemoryCacheOptions { SizeLimit = 64L * 1024 * 1024 });
    private long _served;
    private long _kept;

    /// <summary>Requests answered from a kept page (for tests and the load benchmark's check).</summary>
    public long Served => Interlocked.Read(ref _served);

    /// <summary>Pages rendered and kept.</summary>
    public long Kept => Interlocked.Read(ref _kept);

    public RenderedPage? Find(string key)
    {
        if (!_pages.TryGetValue(key, out RenderedPage? page) || page is null)
        {
            return null;
        }

        Interlocked.Increment(ref _served);
        return page;
    }

    public void Keep(string key, RenderedPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        _pages.Set(key, page, new MemoryCacheEntryOptions { Size = page.Size, SlidingExpiration = TimeSpan.FromMinutes(10) });
        Interlocked.Increment(ref _kept);
    }

    public void Dispose() => _pages.Dispose();
}
