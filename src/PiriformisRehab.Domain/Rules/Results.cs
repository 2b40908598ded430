using PiriformisRehab.Domain.Plans;

namespace PiriformisRehab.Domain.Rules;

/// <summary>A warning sign found in the answers, with what to do about it.</summary>
/// <param name="Id">The question id that raised it (for a combination, the leading question).</param>
/// <param name="Level">Emergency or urgent.</param>
/// <param name="Message">What the answers suggest, in plain words.</param>
/// <param name="Action">What to do now.</param>
/// <param name="QuestionIds">Every question whose answer raised the flag (yes, or "not sure" for a combination partner).</param>
/// <param name="Source">The guideline the rule rests on.</param>
public sealed record RedFlag(string Id, ConcernLevel Level, string Message, string Action, IReadOnlyList<string> QuestionIds, string Source)
{
    private readonly Timeframe? _timeframe;

    /// <summary>
    /// How soon to act, from the rule that fired at the flag's level (spec 5.3). A result saved
    /// before v1.1 has none stored and reads as v1 meant it: now for emergency, 24-48 hours for urgent.
    /// </summary>
    public Timeframe Timeframe
    {
        get => _timeframe ?? (Level == ConcernLevel.Emergency ? Timeframe.Now : Timeframe.Within48Hours);
        init => _timeframe = value;
    }
}

/// <summary>One answer's contribution to the likelihood score (negative when it argues against).</summary>
public sealed record LikelihoodReason(string QuestionId, int Points, string Text, string Source);

/// <summary>The likelihood score, its band and every reason behind it.</summary>
public sealed record Likelihood(int Score, LikelihoodBand Band, IReadOnlyList<LikelihoodReason> Reasons);

/// <summary>Another condition the answers point at.</summary>
/// <param name="Id">Which condition.</param>
/// <param name="Strength">Possible or likely.</param>
/// <param name="Reasons">The answers that raised it, in plain words.</param>
/// <param name="Title">The condition's plain name.</param>
/// <param name="Advice">What to do about it.</param>
/// <param name="QuestionIds">The question ids behind <paramref name="Reasons"/>.</param>
/// <param name="Source">The evidence for the pattern.</param>
public sealed record Differential(DifferentialId Id, Strength Strength, IReadOnlyList<string> Reasons, string Title, string Advice, IReadOnlyList<string> QuestionIds, string Source);

/// <summary>A differential that is not raised but that unsure or unanswered questions could raise (spec 5.2).</summary>
/// <param name="Id">Which condition.</param>
/// <param name="QuestionIds">The unsure or unanswered questions that raise it by its rule.</param>
public sealed record NotRuledOut(DifferentialId Id, IReadOnlyList<string> QuestionIds);

/// <summary>An approximate recovery range; progress is judged on symptoms, not dates.</summary>
public sealed record Timeline(int MinWeeks, int MaxWeeks, string Note);

/// <summary>Running advice and its explanation.</summary>
public sealed record RunningAdvice(RunningAdviceKind Advice, string Text);

/// <summary>Sitting advice.</summary>
public sealed record SittingAdvice(string Text);

/// <summary>When to stop and get help later, on every result that is not an emergency (spec 5.8).</summary>
/// <param name="Text">The introduction.</param>
/// <param name="Items">Each warning sign, what to do and how soon.</param>
public sealed record SafetyNetAdvice(string Text, IReadOnlyList<SafetyNetItem> Items);

/// <summary>One safety-net warning sign.</summary>
/// <param name="When">The sign, in plain words.</param>
/// <param name="Action">What to do.</param>
/// <param name="Timeframe">Now or the same day.</param>
public sealed record SafetyNetItem(string When, string Action, Timeframe Timeframe);

/// <summary>
/// Everything the self-check concludes from one set of answers. The positional fields are the v1
/// contract; the v1.1 fields are init properties with defaults, so a result saved before v1.1
/// still reads (with what v1 meant) and shows its own rules version.
/// </summary>
public sealed record AssessmentResult(
    string RulesVersion,
    string Disclaimer,
    Triage Triage,
    string TriageAdvice,
    IReadOnlyList<RedFlag> RedFlags,
    Likelihood Likelihood,
    IReadOnlyList<Differential> Differentials,
    Severity Severity,
    Irritability Irritability,
    Timeline Timeline,
    Plan Plan,
    RunningAdvice Running,
    SittingAdvice Sitting)
{
    private readonly Timeframe? _triageTimeframe;

    /// <summary>How soon to act: the most urgent red flag's timeframe, withinWeeks for routine, none for selfCare (spec 5.3).</summary>
    public Timeframe TriageTimeframe
    {
        get => _triageTimeframe ?? TriageRules.DefaultTimeframe(Triage);
        init => _triageTimeframe = value;
    }

    /// <summary>Question ids answered "not sure", in catalogue order.</summary>
    public IReadOnlyList<string> Unsure { get; init; } = [];

    /// <summary>Core and supporting yes/no questions with no answer (follow-ups only when their parent is yes).</summary>
    public IReadOnlyList<string> Unanswered { get; init; } = [];

    /// <summary>Differentials not raised that unsure or unanswered questions could raise. Empty means nothing is left open.</summary>
    public IReadOnlyList<NotRuledOut> NotRuledOut { get; init; } = [];

    /// <summary>When to get help later; null only on an emergency result.</summary>
    public SafetyNetAdvice? SafetyNet { get; init; }

    /// <summary>
    /// What the result says about other causes: "did not point to another cause" only when no
    /// differential is raised and none is left open by unsure or unanswered questions (spec 5.2).
    /// A result saved before v1.1 has none stored (null).
    /// </summary>
    public string? OtherCauses { get; init; }
}
