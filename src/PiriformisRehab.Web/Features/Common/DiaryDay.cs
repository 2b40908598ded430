namespace PiriformisRehab.Web.Features.Common;

/// <summary>
/// Diary days are UTC dates: the server does not know the runner's time zone, so every "today",
/// "since" and "last seen" is counted the same way (the check-in parser allows one day's grace).
/// </summary>
public static class DiaryDay
{
    public static DateOnly Of(DateTimeOffset moment) => DateOnly.FromDateTime(moment.UtcDateTime);

    public static DateOnly Today(this TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return Of(clock.GetUtcNow());
    }
}
