namespace PiriformisRehab.Domain.Rules;

/// <summary>
/// Safety-netting on every result that is not an emergency (spec 5.8): the signs that mean
/// emergency care now, and the one that means a doctor the same day.
/// </summary>
public static class SafetyNetRules
{
    private const string Emergency = "Go to an emergency department now, or call your local emergency number.";

    private const string SameDay = "See a doctor today: your GP practice or an urgent care service (NHS 111 in the UK).";

    /// <summary>The one safety net every non-emergency result carries.</summary>
    public static SafetyNetAdvice Standard { get; } = new(
        "Whatever your result, stop the exercises and get help if any of these happen:",
        [
            new("New numbness around your genitals, back passage or inner thighs (saddle numbness)", Emergency, Timeframe.Now),
            new("A new change in your bladder or bowels: trouble passing urine, leaking, or losing bowel control", Emergency, Timeframe.Now),
            new("Weakness in your leg that is new or getting worse, or a foot that slaps or catches", Emergency, Timeframe.Now),
            new("New symptoms in both legs", Emergency, Timeframe.Now),
            new("You cannot put weight on the leg or walk more than a few steps", Emergency, Timeframe.Now),
            new("A fever, or feeling very unwell, with the pain", SameDay, Timeframe.SameDay),
        ]);

    /// <summary>The safety net for a triage level: none on an emergency result, which already says what to do now.</summary>
    public static SafetyNetAdvice? For(Triage triage) => triage == Triage.Emergency ? null : Standard;
}
