using System.Globalization;

namespace PiriformisRehab.ClinicScale;

/// <summary>What a row of the results is held to: the targets, or none.</summary>
internal sealed record Target(double? MedianMs, long? MaxBytes, string Text)
{
    public static readonly Target List = new(20, 60 * 1024, "≤ 20 ms median, ≤ 60 KB");
    public static readonly Target PatientPage = new(10, null, "< 10 ms median");
    public static readonly Target None = new(null, null, "none in the issue");

    public string Met(Measurement m)
    {
        if (MedianMs is null && MaxBytes is null)
        {
            return "–";
        }

        var time = MedianMs is not { } ms || (MaxBytes is null ? m.Median < ms : m.Median <= ms);
        var size = MaxBytes is not { } bytes || m.Bytes <= bytes;
        return time && size ? "yes" : "**no**";
    }
}

/// <summary>One row of the results: the server times of a run of requests, and the body size.</summary>
internal sealed record Measurement(string Name, IReadOnlyList<Timed> Samples, Target Target)
{
    public double Median => Percentile(Ms(s => s.Server.Elapsed), 0.5);

    public double P90 => Percentile(Ms(s => s.Server.Elapsed), 0.9);

    public double Max => Ms(s => s.Server.Elapsed).Max();

    public double ClientMedian => Percentile(Ms(s => s.Client), 0.5);

    /// <summary>The largest body of the run (a page's size does not vary between requests, but a check-in row could).</summary>
    public long Bytes => Samples.Max(s => s.Server.BodyBytes);

    public string Row() => string.Create(CultureInfo.InvariantCulture,
        $"| {Name} | {Samples.Count} | {Median:0.00} | {P90:0.00} | {Max:0.00} | {ClientMedian:0.00} | {Bytes / 1024.0:0.0} | {Target.Text} | {Target.Met(this)} |");

    public const string Header =
        "| Request | N | Server median (ms) | p90 (ms) | max (ms) | Client median (ms) | Body (KB) | Target | Met |\n" +
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |";

    private List<double> Ms(Func<Timed, TimeSpan> of) => [.. Samples.Select(s => of(s).TotalMilliseconds).Order()];

    /// <summary>Linear interpolation between the closest ranks (the median of an even count is the mean of the middle two).</summary>
    private static double Percentile(List<double> sorted, double p)
    {
        var rank = p * (sorted.Count - 1);
        var low = (int)Math.Floor(rank);
        var high = (int)Math.Ceiling(rank);
        return sorted[low] + (sorted[high] - sorted[low]) * (rank - low);
    }
}
