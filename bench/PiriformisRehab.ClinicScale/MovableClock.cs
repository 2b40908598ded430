namespace PiriformisRehab.ClinicScale;

/// <summary>
/// The app's clock: real time plus an offset the bench moves on, so "the next day" comes without
/// waiting for it while cookies, check-in times and log stamps still move forward as usual.
/// </summary>
internal sealed class MovableClock : TimeProvider
{
    private long _offsetTicks;

    public TimeSpan Offset => TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + Offset;

    public void Advance(TimeSpan by) => Interlocked.Add(ref _offsetTicks, by.Ticks);
}
