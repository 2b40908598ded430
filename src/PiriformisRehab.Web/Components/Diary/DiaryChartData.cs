using System.Globalization;
using PiriformisRehab.Domain.Recovery;

namespace PiriformisRehab.Web.Components.Diary;

/// <summary>One line of a diary chart: a name for the legend and table, and a value per check-in (null when not given).</summary>
public sealed record DiaryChartSeries(string Name, IReadOnlyList<int?> Values);

/// <summary>
/// One chart's data, built from check-ins in date order. The same numbers feed the drawing, the
/// sentence that describes it and the table under it, so the three can never disagree.
/// </summary>
public sealed record DiaryChartData(DiaryChartKinds Kind, string Title, string Unit, IReadOnlyList<DateOnly> Dates, IReadOnlyList<DiaryChartSeries> Series)
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>
    /// True when there is something to draw: at least one value, which a single check-in draws as
    /// one point (for running, at least one run: a flat line at 0 says less than "No running logged yet").
    /// </summary>
    public bool CanDraw => Dates.Count >= 1 && Series.Any(s => s.Values.Any(v => Kind == DiaryChartKinds.Running ? v > 0 : v is not null));

    /// <summary>The highest value of any line (0 when none).</summary>
    public int Max => Series.SelectMany(s => s.Values).Max(v => v ?? 0);

    /// <summary>
    /// The step between the value axis's labels: 2 for pain out of 10; for minutes a round step
    /// giving at most five labels, so they never crowd into each other (issue 12).
    /// </summary>
    public int AxisStep => Kind == DiaryChartKinds.Pain ? 2 : Steps.FirstOrDefault(step => Max / step <= 4, 240);

    private static readonly int[] Steps = [5, 10, 15, 20, 30, 60, 120];

    public static DiaryChartData Pain(IReadOnlyList<CheckIn> checkIns) => new(
        DiaryChartKinds.Pain, "Pain over time", "out of 10", DatesOf(checkIns),
        [new("Pain now", [.. checkIns.Select(c => (int?)c.PainNow)]), new("Worst pain since last time", [.. checkIns.Select(c => (int?)c.PainWorst)])]);

    /// <summary>Only the check-ins that timed sitting (an optional field): a day without it is no point, not a gap to bridge.</summary>
    public static DiaryChartData Sitting(IReadOnlyList<CheckIn> checkIns)
    {
        var timed = checkIns.Where(c => c.SittingMinutes is not null).ToList();
        return new(
            DiaryChartKinds.Sitting, "Sitting tolerance over time", "minutes", DatesOf(timed),
            [new("Minutes of sitting before the pain builds", [.. timed.Select(c => c.SittingMinutes)])]);
    }

    /// <summary>Minutes actually run (walk-run or continuous); a day without a run counts as 0, a brisk walk is not running.</summary>
    public static DiaryChartData Running(IReadOnlyList<CheckIn> checkIns) => new(
        DiaryChartKinds.Running, "Running minutes over time", "minutes", DatesOf(checkIns),
        [new("Minutes run", [.. checkIns.Select(c => (int?)(c.Ran ? c.RunMinutes ?? 0 : 0))])]);

    public static string DateLabel(DateOnly date) => date.ToString("d MMM", Invariant);

    /// <summary>The text alternative: what the chart shows, first and latest value of each line.</summary>
    public string Describe()
    {
        var parts = new List<string>();
        foreach (var series in Series)
        {
            var given = series.Values.Select((v, i) => (Value: v, Date: Dates[i])).Where(p => p.Value is not null).ToList();
            if (given.Count == 0)
            {
                continue;
            }

            var (first, last) = (given[0], given[^1]);
            var low = given.Min(p => p.Value!.Value);
            var high = given.Max(p => p.Value!.Value);
            parts.Add(string.Create(Invariant,
                $"{series.Name}: {first.Value} {Unit} on {DisplayDates.Long(first.Date)}, {last.Value} {Unit} on {DisplayDates.Long(last.Date)} (lowest {low}, highest {high})."));
        }

        var count = Dates.Count == 1 ? "1 check-in" : string.Create(Invariant, $"{Dates.Count} check-ins");
        return $"{Title}, {count}. " + string.Join(" ", parts);
    }

    private static List<DateOnly> DatesOf(IReadOnlyList<CheckIn> checkIns) => [.. checkIns.Select(c => c.SessionDate)];
}
