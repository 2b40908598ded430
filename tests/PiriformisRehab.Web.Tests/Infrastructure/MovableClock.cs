namespace PiriformisRehab.Web.Tests.Infrastructure;

/// <summary>A clock that stands still until a test moves it on (to the next day, say).</summary>
public sealed class MovableClock(DateTimeOffset now) : TimeProvider
{
    private long _ticks = now.UtcTicks;

    public static MovableClock NoonToday() => new(new DateTimeOffset(DateTime.UtcNow.Date.AddHours(12), TimeSpan.Zero));

    public void Advance(TimeSpan by) => Interlocked.Add(ref _ticks, by.Ticks);

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref _ticks), TimeSpan.Zero);
}
