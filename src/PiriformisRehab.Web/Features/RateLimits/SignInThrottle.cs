using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using PiriformisRehab.Web.Options;

namespace PiriformisRehab.Web.Features.RateLimits;

/// <summary>
/// Lock-out per client and account together: after repeated wrong passwords for one address from
/// one client, that client is refused for that address for a while. It slows one guesser without
/// touching the physio's own connection; the account-wide lock (Identity's, in the database, see
/// ADR-008) stops a guesser who spreads tries over many clients. Unknown addresses count exactly
/// like real ones, so the lock-out says nothing about who has an account. Held in memory with a
/// size cap (a flood of made-up addresses evicts entries instead of growing without bound); a
/// restart forgets the counts, which the account lock and the per-client request limit still bound.
/// </summary>
public sealed class SignInThrottle(IOptions<AccountOptions> options, TimeProvider clock) : IDisposable
{
    private const int MaxEntries = 100_000;
    private readonly MemoryCache _entries = new(new MemoryCacheOptions { SizeLimit = MaxEntries });

    // Not switched off by RateLimiting:Enabled: that is for load benchmarks, and the lock-out is
    // what keeps password guessing slow.
    public bool IsLocked(string client, string email) =>
        _entries.TryGetValue(Key(client, email), out Failures? failures)
        && failures!.LockedUntil > clock.GetUtcNow();

    public void RecordFailure(string client, string email)
    {
        var limits = options.Value;
        var key = Key(client, email);
        var now = clock.GetUtcNow();
        var failures = _entries.GetOrCreate(key, entry =>
        {
            entry.Size = 1;
            entry.SlidingExpiration = TimeSpan.FromMinutes(limits.LockoutMinutes);
            return new Failures();
        })!;
        lock (failures)
        {
            failures.Count++;
            if (failures.Count >= limits.MaxFailedSignIns)
            {
                failures.LockedUntil = now.AddMinutes(limits.LockoutMinutes);
                failures.Count = 0;
            }
        }
    }

    public void RecordSuccess(string client, string email) => _entries.Remove(Key(client, email));

    public void Dispose() => _entries.Dispose();

    private static string Key(string client, string email) => client + " " + email.Trim().ToUpperInvariant();

    private sealed class Failures
    {
        public int Count { get; set; }

        public DateTimeOffset LockedUntil { get; set; }
    }
}
