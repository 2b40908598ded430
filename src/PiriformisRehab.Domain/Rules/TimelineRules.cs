using PiriformisRehab.Domain.Questions;

namespace PiriformisRehab.Domain.Rules;

/// <summary>
/// The approximate recovery range. No natural-history study exists, so these are the source
/// article's ranges (mild 2-3 weeks, severe or irritable 6 weeks or more) with a moderate band
/// between, and a longer range when symptoms are already chronic.
/// </summary>
public static class TimelineRules
{
    /// <summary>Symptoms lasting this many weeks or more count as chronic.</summary>
    public const int ChronicWeeks = 12;

    /// <summary>Weeks added to the lower bound when chronic.</summary>
    public const int ChronicExtraMin = 4;

    /// <summary>Weeks added to the upper bound when chronic.</summary>
    public const int ChronicExtraMax = 6;

    private const string FlareUpNote =
        "This is a rough guide, not a promise. Recovery is rarely a straight line: flare-ups along the way are normal and do not mean you are back to square one. Judge progress by your symptoms, not by the calendar.";

    private const string ChronicNote =
        " Because your symptoms have lasted 12 weeks or more, we have allowed extra time: long-standing pain usually takes longer to settle.";

    /// <summary>The weeks for a severity before any chronic extension.</summary>
    public static (int Min, int Max) RangeFor(Severity severity) => severity switch
    {
        Severity.Mild => (2, 3),
        Severity.Moderate => (3, 6),
        _ => (6, 12),
    };

    /// <summary>The range for this severity and duration.</summary>
    public static Timeline Evaluate(Severity severity, Answers answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var (min, max) = RangeFor(severity);

        return answers.DurationWeeks >= ChronicWeeks
            ? new Timeline(min + ChronicExtraMin, max + ChronicExtraMax, FlareUpNote + ChronicNote)
            : new Timeline(min, max, FlareUpNote);
    }
}
