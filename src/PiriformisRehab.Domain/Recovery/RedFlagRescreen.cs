using PiriformisRehab.Domain.Questions;
using PiriformisRehab.Domain.Rules;

namespace PiriformisRehab.Domain.Recovery;

/// <summary>
/// The check-in's "anything new?" screen. It runs the self-check's own red-flag table over the
/// safety questions answered yes, so a check-in gives exactly the self-check's advice.
/// </summary>
public static class RedFlagRescreen
{
    /// <summary>The question section the re-screen asks again.</summary>
    public const string SafetySection = "safety";

    private static readonly AnswerParser Parser = new(QuestionCatalog.Default);

    private static readonly Rescreen NothingNew = new(Triage.SelfCare, [], "No new warning signs. Carry on with your plan.");

    /// <summary>The re-screen for the safety-question ids answered yes.</summary>
    public static Rescreen Evaluate(IEnumerable<string> yesIds)
    {
        ArgumentNullException.ThrowIfNull(yesIds);
        // Nearly every check-in reports nothing new; the clinic list reads whole diaries per visit.
        if (yesIds is IReadOnlyCollection<string> { Count: 0 })
        {
            return NothingNew;
        }

        // Stored ids may predate a seed change: an id that is no longer a safety question is dropped,
        // so it cannot make the parser reject the others and silently lift a pause.
        var known = yesIds.Where(id => QuestionCatalog.Default.Find(id) is { Section: SafetySection }).Distinct(StringComparer.Ordinal);
        var parsed = Parser.Parse(known.Select(id => KeyValuePair.Create(id, AnswerInput.Of(true))));
        var flags = parsed.Answers is { } answers ? RedFlagRules.Evaluate(answers) : [];
        if (flags.Count == 0)
        {
            return NothingNew;
        }

        var triage = flags[0].Level == ConcernLevel.Emergency ? Triage.Emergency : Triage.Urgent;
        return new Rescreen(triage, flags, TriageRules.AdviceFor(triage, TriageRules.TimeframeOf(triage, flags), under16: false));
    }
}
