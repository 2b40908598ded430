using System.Globalization;

namespace PiriformisRehab.Web;

/// <summary>
/// The app's two date spellings, culture-invariant so every page (and the tests reading them)
/// agrees: "26 Nov 2026" for people, "2026-11-26" for form values, data attributes and CSV.
/// </summary>
public static class DisplayDates
{
    public static string Long(DateOnly date) => date.ToString("d MMM yyyy", CultureInfo.InvariantCulture);

    public static string Long(DateTimeOffset date) => date.ToString("d MMM yyyy", CultureInfo.InvariantCulture);

    public static string Long(DateTimeOffset? date) => date is { } value ? Long(value) : string.Empty;

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>"2026-11-26T09:05:00Z": a &lt;time&gt; element's datetime, which js/app.js shows in the reader's own time zone.</summary>
    public static string IsoUtc(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>"26 Nov 2026, 09:05 UTC": what shows before the script (or without it) puts it in local time.</summary>
    public static string LongUtc(DateTimeOffset at) => at.UtcDateTime.ToString("d MMM yyyy, HH:mm 'UTC'", CultureInfo.InvariantCulture);

    /// <summary>"Thursday 26 November 2026": a session's day, which js/app.js rewrites in the reader's locale.</summary>
    public static string Day(DateOnly date) => date.ToString("dddd d MMMM yyyy", CultureInfo.InvariantCulture);
}
