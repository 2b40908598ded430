using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace PiriformisRehab.ClinicScale;

/// <summary>
/// Each measured page must really show what it is measured for: a fast page that lost its rows
/// would pass the targets, so every response is checked and a wrong one fails the run.
/// </summary>
internal static partial class PageChecks
{
    /// <summary>A page of the clinic list: the page asked for, the matching count, 25 rows (or the last page's rest), and the expected first row.</summary>
    public static void ClinicPage(Timed page, int expectedPage, int expectedMatching, string expectedFirstLabel)
    {
        BenchClient.Ok(page);
        var body = page.Body;
        Expect(page, Attribute(body, "data-clinic-page") == expectedPage.ToString(CultureInfo.InvariantCulture), $"data-clinic-page is not {expectedPage}");
        Expect(page, Attribute(body, "data-matching") == expectedMatching.ToString(CultureInfo.InvariantCulture), $"data-matching is not {expectedMatching}");
        var labels = RowLabels().Matches(body).Select(m => WebUtility.HtmlDecode(m.Groups["label"].Value)).ToList();
        var rows = Math.Min(25, expectedMatching - (expectedPage - 1) * 25);
        Expect(page, labels.Count == rows, $"{labels.Count} patient rows instead of {rows}");
        Expect(page, labels.All(l => l.StartsWith("Runner ", StringComparison.Ordinal)), "a row is not a seeded \"Runner\"");
        Expect(page, labels[0] == expectedFirstLabel, $"row 1 is \"{labels[0]}\", not \"{expectedFirstLabel}\"");
    }

    /// <summary>The physio's page of one patient: their label.</summary>
    public static void PatientPage(Timed page, string label)
    {
        BenchClient.Ok(page);
        Expect(page, page.Body.Contains(WebUtility.HtmlEncode(label), StringComparison.Ordinal), $"the label \"{label}\" is not on the page");
    }

    /// <summary>The patient's own programme page behind their link, with its physio's name.</summary>
    public static void SharedProgramme(Timed page)
    {
        BenchClient.Ok(page);
        Expect(page, page.Body.Contains("data-shared-programme", StringComparison.Ordinal), "no shared programme");
        Expect(page, page.Body.Contains(ClinicSeeder.PhysioName, StringComparison.Ordinal), "the physio's name is not on the page");
    }

    /// <summary>The patient's diary: every check-in in its history, and the check-in form.</summary>
    public static void Diary(Timed page, int checkIns)
    {
        BenchClient.Ok(page);
        var shown = CheckInItems().Count(page.Body);
        Expect(page, shown == checkIns, $"{shown} check-ins in the history instead of {checkIns}");
        Expect(page, page.Body.Contains("data-check-in-form", StringComparison.Ordinal), "no check-in form");
    }

    private static string? Attribute(string body, string name)
    {
        var match = Regex.Match(body, name + "=\"(?<v>[^\"]*)\"", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        return match.Success ? match.Groups["v"].Value : null;
    }

    private static void Expect(Timed page, bool condition, string problem)
    {
        if (!condition)
        {
            throw new BenchFailure($"GET {page.Path}: {problem}.");
        }
    }

    [GeneratedRegex("""<li data-patient-row="[^"]+"[^>]*>\s*<a href="[^"]+" class="record-link">(?<label>[^<]*)</a>""")]
    private static partial Regex RowLabels();

    [GeneratedRegex("""class="history-item" data-check-in="[^"]+""")]
    private static partial Regex CheckInItems();
}
