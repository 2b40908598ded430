using System.Globalization;
using System.Text;
using PiriformisRehab.Domain.Recovery;
using F = PiriformisRehab.Domain.Recovery.CheckInFields;

namespace PiriformisRehab.Web.Features.Diary;

/// <summary>
/// A diary as CSV (RFC 4180: CRLF rows, fields with a comma, quote or line break quoted, quotes
/// doubled). Columns are the check-in's field names, then when it was logged and the re-screen's
/// triage. A cell a spreadsheet would run as a formula (starting with = + - @, tab or CR) gets an
/// apostrophe in front: the note is free text, and a diary may be opened in Excel by a physio.
/// </summary>
public static class DiaryCsv
{
    public const string RecordedAt = "recordedAt";
    public const string Triage = "triage";

    public static readonly IReadOnlyList<string> Header =
    [
        F.SessionDate, F.PainNow, F.PainWorst, F.MorningAfter, F.ExercisePain, F.SittingMinutes, F.Activity, F.WalkRunPhase,
        F.RunMinutes, F.RunPain, F.ExercisesDone, F.Note, F.RedFlags, F.ClinicianCleared, RecordedAt, Triage,
    ];

    public static string Write(IEnumerable<DiaryEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var csv = new StringBuilder();
        Row(csv, Header);
        foreach (var entry in entries)
        {
            var c = entry.CheckIn;
            Row(csv,
            [
                DisplayDates.Iso(c.SessionDate),
                Number(c.PainNow),
                Number(c.PainWorst),
                c.MorningAfter is { } m ? Choices.Of(m) : string.Empty,
                Number(c.ExercisePain),
                Number(c.SittingMinutes),
                Choices.Of(c.Activity),
                Number(c.WalkRunPhase),
                Number(c.RunMinutes),
                Number(c.RunPain),
                string.Join(' ', c.ExercisesDone),
                c.Note ?? string.Empty,
                string.Join(' ', c.RedFlagAnswers),
                c.ClinicianCleared ? "true" : "false",
                entry.RecordedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
                entry.Triage,
            ]);
        }

        return csv.ToString();
    }

    /// <summary>One cell: defused if a spreadsheet would treat it as a formula, then quoted if needed.</summary>
    public static string Cell(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }

    private static void Row(StringBuilder csv, IEnumerable<string> cells)
    {
        csv.AppendJoin(',', cells.Select(Cell));
        csv.Append("\r\n");
    }

    private static string Number(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;
}
