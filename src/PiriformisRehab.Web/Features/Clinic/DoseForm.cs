using System.Globalization;
using PiriformisRehab.Domain.Plans;

namespace PiriformisRehab.Web.Features.Clinic;

/// <summary>One exercise's row of the programme editor as posted: every field as text, so any input reads.</summary>
public sealed record DoseInput(string? Sets, string? Amount, string? Times, string? Per, string? Notes)
{
    /// <summary>The fields as the editor first shows them: the item's dose and note.</summary>
    public static DoseInput From(ProgrammeItem item) => new(
        item.Dose.Sets.ToString(),
        (item.Dose.Reps ?? item.Dose.HoldSeconds)!.ToString(),
        item.Dose.Times.ToString(),
        item.Dose.Per == DosePeriod.Week ? DoseForm.PerWeek : DoseForm.PerDay,
        item.Notes);
}

/// <summary>A field of the dose editor, for the error beside it.</summary>
public enum DoseField
{
    Sets,
    Amount,
    Times,
    Notes,
}

/// <summary>
/// Reads a physio's dose the way the seeds hold it (sets; repetitions or hold seconds, as the
/// exercise has; how many times a day or days a week), so it shows through <see cref="DoseText"/>
/// like every other dose. The bounds are the clinical-basis section 18 ones: wide enough for any
/// sensible prescription, narrow enough to catch a slipped key.
/// </summary>
public static class DoseForm
{
    public const string PerDay = "day";
    public const string PerWeek = "week";
    public const int MaxSets = 10;
    public const int MaxReps = 100;
    public const int MaxHoldSeconds = 600;
    public const int MaxTimesPerDay = 6;
    public const int MaxDaysPerWeek = 7;

    /// <summary>The dose and notes to store, or the errors beside each field (never both).</summary>
    public static DoseRead Read(DoseInput input, Exercise exercise)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(exercise);
        var errors = new Dictionary<DoseField, string>();
        var holds = exercise.Dose.Reps is null;
        var per = input.Per == PerWeek ? DosePeriod.Week : DosePeriod.Day;
        var sets = Range(input.Sets, MaxSets, DoseField.Sets, $"Sets: a number or a range such as 1-3, from 1 to {MaxSets}.", errors);
        var amount = holds
            ? Range(input.Amount, MaxHoldSeconds, DoseField.Amount, $"Hold: seconds as a number or a range such as 15-30, from 1 to {MaxHoldSeconds}.", errors)
            : Range(input.Amount, MaxReps, DoseField.Amount, $"Repetitions: a number or a range such as 8-12, from 1 to {MaxReps}.", errors);
        var times = per == DosePeriod.Week
            ? Range(input.Times, MaxDaysPerWeek, DoseField.Times, $"Days a week: a number or a range such as 2-3, from 1 to {MaxDaysPerWeek}.", errors)
            : Range(input.Times, MaxTimesPerDay, DoseField.Times, $"Times a day: a number or a range such as 1-2, from 1 to {MaxTimesPerDay}.", errors);
        var notes = string.IsNullOrWhiteSpace(input.Notes) ? null : input.Notes.Trim();
        if (notes?.Length > ClinicLimits.NotesMaxLength)
        {
            errors[DoseField.Notes] = $"Keep the note to {ClinicLimits.NotesMaxLength} characters.";
        }

        if (errors.Count > 0 || input.Per is not (PerDay or PerWeek))
        {
            // A "how often" outside the two choices is a forged post: the select offers only those.
            if (input.Per is not (PerDay or PerWeek))
            {
                errors.TryAdd(DoseField.Times, "Choose times a day or days a week.");
            }

            return new DoseRead(null, null, errors);
        }

        var dose = new Dose(sets!, holds ? null : amount, holds ? amount : null, exercise.Dose.Where, times!, per);
        return new DoseRead(dose, notes, errors);
    }

    /// <summary>"3" or "8-12" (a hyphen or en dash, spaces allowed), both ends from 1 to <paramref name="max"/>, low end first.</summary>
    public static DoseRange? Range(string? text, int max)
    {
        var parts = (text ?? string.Empty).Replace('\u2013', '-').Split('-', StringSplitOptions.TrimEntries);
        if (parts.Length is 0 or > 2 || parts.Any(p => p.Length is 0 or > 4 || !p.All(char.IsAsciiDigit)))
        {
            return null;
        }

        var min = int.Parse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture);
        var top = int.Parse(parts[^1], NumberStyles.None, CultureInfo.InvariantCulture);
        return min >= 1 && top >= min && top <= max ? new DoseRange(min, top) : null;
    }

    private static DoseRange? Range(string? text, int max, DoseField field, string error, Dictionary<DoseField, string> errors)
    {
        var range = Range(text, max);
        if (range is null)
        {
            errors[field] = error;
        }

        return range;
    }
}

/// <summary>A read dose: the dose and notes when valid, else the errors by field.</summary>
public sealed record DoseRead(Dose? Dose, string? Notes, IReadOnlyDictionary<DoseField, string> Errors)
{
    public bool Valid => Dose is not null;
}
