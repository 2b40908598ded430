namespace PiriformisRehab.Web.Tests.Infrastructure;

/// <summary>A clock stopped at one instant, so "today" cannot change under a test.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    /// <summary>Noon UTC of the real day: near real time, so cookies and tokens behave as usual.</summary>
    public static FixedClock NoonToday() => new(new DateTimeOffset(DateTime.UtcNow.Date.AddHours(12), TimeSpan.Zero));

    public DateOnly Today => DateOnly.FromDateTime(now.UtcDateTime);

    public override DateTimeOffset GetUtcNow() => now;
}
