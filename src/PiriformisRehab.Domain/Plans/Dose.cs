using System.Globalization;

namespace PiriformisRehab.Domain.Plans;

/// <summary>A whole-number range such as 8-12 (min equals max for a single number).</summary>
/// <param name="Min">The lower end.</param>
/// <param name="Max">The upper end, never below <paramref name="Min"/>.</param>
public sealed record DoseRange(int Min, int Max)
{
    /// <summary>"8-12", or "10" when both ends agree.</summary>
    public override string ToString() => Min == Max
        ? Min.ToString(CultureInfo.InvariantCulture)
        : string.Create(CultureInfo.InvariantCulture, $"{Min}-{Max}");
}

/// <summary>How often a dose is done.</summary>
public enum DosePeriod
{
    /// <summary>Times a day.</summary>
    Day,
    /// <summary>Days a week.</summary>
    Week,
}

/// <summary>
/// A structured dose from seeds/exercises.json: sets of repetitions or of timed holds, where, and
/// how often. <see cref="DoseText"/> writes it the one way every page shows it.
/// </summary>
/// <param name="Sets">Sets (or rounds, or holds).</param>
/// <param name="Reps">Repetitions per set; null for a timed hold.</param>
/// <param name="HoldSeconds">Seconds per hold; null for repetitions.</param>
/// <param name="Where">"each side", "on each tender area", or null.</param>
/// <param name="Times">How many times per <paramref name="Per"/>.</param>
/// <param name="Per">A day or a week.</param>
public sealed record Dose(DoseRange Sets, DoseRange? Reps, DoseRange? HoldSeconds, string? Where, DoseRange Times, DosePeriod Per);

/// <summary>The one wording of a dose, used by the results, the patient page, the print and the diary.</summary>
public static class DoseText
{
    /// <summary>"1-3 sets of 8-12 repetitions each side, 2-3 days a week" or "2-4 holds of 15-30 seconds each side, 1-2 times a day".</summary>
    public static string Format(Dose dose)
    {
        ArgumentNullException.ThrowIfNull(dose);
        var amount = dose.Reps is { } reps
            ? $"{dose.Sets} {Plural(dose.Sets, "set")} of {reps} {Plural(reps, "repetition")}"
            : $"{dose.Sets} {Plural(dose.Sets, "hold")} of {dose.HoldSeconds} seconds";
        var where = string.IsNullOrEmpty(dose.Where) ? "" : " " + dose.Where;
        return $"{amount}{where}, {HowOften(dose.Times, dose.Per)}";
    }

    /// <summary>The dose, then the seed's note on how to do it, as one line.</summary>
    public static string WithNote(Dose dose, string? note) =>
        string.IsNullOrWhiteSpace(note) ? Format(dose) + "." : $"{Format(dose)}. {note}";

    /// <summary>"once a day", "1-2 times a day", "2-3 days a week", "every day" for 7 a week.</summary>
    public static string HowOften(DoseRange times, DosePeriod per) => (per, times.Min, times.Max) switch
    {
        (DosePeriod.Day, 1, 1) => "once a day",
        (DosePeriod.Day, 2, 2) => "twice a day",
        (DosePeriod.Day, _, _) => $"{times} times a day",
        (DosePeriod.Week, 7, 7) => "every day",
        (DosePeriod.Week, 1, 1) => "once a week",
        _ => $"{times} {Plural(times, "day")} a week",
    };

    private static string Plural(DoseRange n, string noun) => n is { Min: 1, Max: 1 } ? noun : noun + "s";
}
