using PiriformisRehab.Domain.Plans;
using PiriformisRehab.Domain.Questions;
using PiriformisRehab.Domain.Rules;

namespace PiriformisRehab.Domain;

/// <summary>
/// The one engine behind the wizard, the API and stored results: answers in, a complete and
/// explained result out. Red flags are evaluated first and decide the triage before anything else.
/// </summary>
public sealed class AssessmentEngine
{
    /// <summary>The not-a-diagnosis line alone: all an emergency result adds to its action (spec 5.9).</summary>
    public const string NotADiagnosis = "This is an educational self-check, not a diagnosis. It cannot examine you.";

    /// <summary>Shown with every result that is not an emergency.</summary>
    public const string Disclaimer =
        NotADiagnosis + " If you are worried, getting worse, or not improving after 6 weeks, see a physiotherapist or doctor.";

    private readonly PlanBuilder _plans;

    /// <summary>Creates an engine over an exercise catalogue.</summary>
    public AssessmentEngine(ExerciseCatalog exercises) => _plans = new PlanBuilder(exercises);

    /// <summary>An engine over the embedded seeds.</summary>
    public static AssessmentEngine Default { get; } = new(ExerciseCatalog.Default);

    /// <summary>The rules version stamped on results.</summary>
    public static string RulesVersion => Rules.RulesVersion.Current;

    /// <summary>Evaluates one set of answers.</summary>
    /// <param name="answers">Validated answers.</param>
    /// <param name="clinicianCleared">The runner confirms a doctor has examined them and said they can exercise: reveals the plan on an urgent or under-16 result (never on an emergency one).</param>
    public AssessmentResult Evaluate(Answers answers, bool clinicianCleared = false)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var redFlags = RedFlagRules.Evaluate(answers);
        var likelihood = LikelihoodRules.Evaluate(answers);
        var differentials = DifferentialRules.Evaluate(answers);
        var triage = TriageRules.Evaluate(answers, redFlags, likelihood, differentials);
        var timeframe = TriageRules.TimeframeOf(triage, redFlags);
        var under16 = TriageRules.IsUnder16(answers);
        var severity = SeverityRules.SeverityOf(answers);
        var irritability = SeverityRules.IrritabilityOf(answers);
        var (notRuledOut, otherCauses) = AnswerGapRules.OpenCauses(answers, differentials);

        return new AssessmentResult(
            RulesVersion,
            Disclaimer,
            triage,
            TriageRules.AdviceFor(triage, timeframe, under16 && redFlags.Count == 0),
            redFlags,
            likelihood,
            differentials,
            severity,
            irritability,
            TimelineRules.Evaluate(severity, answers),
            _plans.For(triage, severity, irritability, differentials, clinicianCleared, under16),
            RunningRules.RunningFor(answers, redFlags, irritability, clinicianCleared),
            RunningRules.SittingFor(answers))
        {
            TriageTimeframe = timeframe,
            Unsure = AnswerGapRules.Unsure(answers),
            Unanswered = AnswerGapRules.Unanswered(answers),
            NotRuledOut = notRuledOut,
            SafetyNet = SafetyNetRules.For(triage),
            OtherCauses = otherCauses,
        };
    }
}
