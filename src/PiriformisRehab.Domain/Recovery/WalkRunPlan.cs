using PiriformisRehab.Domain.Seeds;

namespace PiriformisRehab.Domain.Recovery;

/// <summary>One walk-run phase from seeds/return-to-run.json.</summary>
/// <param name="Number">1-based phase number.</param>
/// <param name="Title">What to do, in plain words.</param>
/// <param name="RunMinutes">Minutes of running in the session.</param>
/// <param name="TotalMinutes">Minutes of the whole session, walking included.</param>
public sealed record WalkRunPhase(int Number, string Title, int RunMinutes, int TotalMinutes);

/// <summary>The return-to-run content: the readiness test, the phases and the rules' numbers.</summary>
public sealed class WalkRunPlan
{
    private WalkRunPlan(ReturnToRunSeed seed)
    {
        GateMinutes = seed.Gate.Minutes;
        GateTitle = seed.Gate.Title;
        GateText = seed.Gate.Text;
        Phases = seed.Phases.Select(p => new WalkRunPhase(p.Phase, p.Title, p.RunMinutes, p.TotalMinutes)).ToList();
        TimesPerPhase = seed.TimesPerPhase;
        MaxRunPain = seed.MaxRunPain;
        WeeklyIncreasePercent = seed.WeeklyIncreasePercent;
        Source = seed.Source;
    }

    /// <summary>Minutes of brisk walking the readiness test asks for.</summary>
    public int GateMinutes { get; }

    /// <summary>The readiness test's title.</summary>
    public string GateTitle { get; }

    /// <summary>How to do the readiness test.</summary>
    public string GateText { get; }

    /// <summary>The phases in order.</summary>
    public IReadOnlyList<WalkRunPhase> Phases { get; }

    /// <summary>Successful sessions needed at a phase before moving on.</summary>
    public int TimesPerPhase { get; }

    /// <summary>Highest pain during a run that still counts (pain-monitoring model).</summary>
    public int MaxRunPain { get; }

    /// <summary>Weekly volume increase once running continuously.</summary>
    public int WeeklyIncreasePercent { get; }

    /// <summary>Where the model comes from.</summary>
    public string Source { get; }

    private static readonly Lazy<WalkRunPlan> Embedded = new(() => Load(SeedResource.Read<ReturnToRunSeed>("return-to-run.json")));

    /// <summary>The plan embedded from seeds/return-to-run.json.</summary>
    public static WalkRunPlan Default => Embedded.Value;

    internal static WalkRunPlan Load(ReturnToRunSeed seed)
    {
        var numbered = seed.Phases.Count > 0 && seed.Phases.Select((p, i) => p.Phase == i + 1).All(x => x);
        var complete = seed.Phases.All(p => !string.IsNullOrWhiteSpace(p.Title) && p.RunMinutes > 0 && p.TotalMinutes >= p.RunMinutes);
        if (!numbered || !complete || seed.Gate.Minutes <= 0 || seed.TimesPerPhase < 1 || seed.MaxRunPain is < 0 or > 10 || seed.WeeklyIncreasePercent is < 1 or > 50)
        {
            throw new InvalidDataException("seeds/return-to-run.json: phases must be numbered from 1 and complete, and the numbers in range.");
        }

        return new WalkRunPlan(seed);
    }
}

internal sealed record ReturnToRunSeed(GateSeed Gate, List<PhaseSeed> Phases, int TimesPerPhase, int MaxRunPain, int WeeklyIncreasePercent, string Source);

internal sealed record GateSeed(int Minutes, string Title, string Text);

internal sealed record PhaseSeed(int Phase, string Title, int RunMinutes, int TotalMinutes);
