using PiriformisRehab.Domain.Plans;

namespace PiriformisRehab.Domain.Rules;

/// <summary>A warning sign found in the answers, with what to do about it.</summary>
/// <param name="Id">The question id that raised it (for a combination, the leading question).</param>
/// <param name="Level">Emergency or urgent.</param>
/// <param name="Message">What the answers suggest, in plain words.</param>
/// <param name="Action">What to do now.</param>
/// <param name="QuestionIds">Every question whose answer raised the flag.</param>
/// <param name="Source">The guideline the rule rests on.</param>
public sealed record RedFlag(string Id, ConcernLevel Level, string Message, string Action, IReadOnlyList<string> QuestionIds, string Source);

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

/// <summary>An approximate recovery range; progress is judged on symptoms, not dates.</summary>
public sealed record Timeline(int MinWeeks, int MaxWeeks, string Note);

/// <summary>Running advice and its explanation.</summary>
public sealed record RunningAdvice(RunningAdviceKind Advice, string Text);

/// <summary>Sitting advice.</summary>
public sealed record SittingAdvice(string Text);

/// <summary>Everything the self-check concludes from one set of answers.</summary>
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
    SittingAdvice Sitting);
