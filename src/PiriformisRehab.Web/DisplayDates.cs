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
}
