using BenchmarkDotNet.Attributes;
using PiriformisRehab.Domain;
using PiriformisRehab.Domain.Questions;
using PiriformisRehab.Domain.Rules;

namespace PiriformisRehab.Benchmarks;

/// <summary>
/// One evaluation per operation, for the three pictures the engine sees most, plus the API path
/// (validate raw answers, then evaluate). Inputs are built once in <see cref="Setup"/>, and each
/// is checked there to produce the result it stands for, so a rule change that quietly turns a
/// scenario into another one fails the run instead of measuring the wrong thing.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class EvaluationBenchmarks
{
    private readonly AssessmentEngine _engine = AssessmentEngine.Default;
    private AnswerParser _parser = null!;
    private Answers _selfCare = null!;
    private Answers _urgent = null!;
    private Answers _lumbar = null!;
    private KeyValuePair<string, AnswerInput>[] _raw = null!;

    [GlobalSetup]
    public void Setup()
    {
        _parser = new AnswerParser(QuestionCatalog.Default);

        // Typical piriformis picture: three core features, a supporting one, moderate pain that
        // settles within hours, still running through it. Self-care with the full plan.
        _selfCare = new Answers
        {
            ButtockPain = true,
            SciaticNotchTenderness = true,
            WorseSitting = true,
            PainRadiatesThigh = true,
            PainNow = 4,
            PainWorst = 5,
            SettleTime = SettleTime.Hours,
            SittingToleranceMinutes = 45,
            DurationWeeks = 4,
            RunningStatus = RunningStatus.RunningWithPain,
            Age = 34,
        };

        // The same picture with one urgent red flag: the plan is withheld until a clinician clears it.
        _urgent = _selfCare with { NightPainUnrelenting = true };

        // A strong lumbar pattern (every lumbar feature) with a buttock-pain overlap, plus
        // pelvic-dimple pain: two likely differentials, routine review.
        _lumbar = new Answers
        {
            ButtockPain = true,
            PainRadiatesThigh = true,
            PainBelowKnee = true,
            NumbnessOrTingling = true,
            BackPainDominant = true,
            WorseCoughSneeze = true,
            WorseBendingForward = true,
            PelvicDimplePain = true,
            PainNow = 5,
            PainWorst = 6,
            SettleTime = SettleTime.Hours,
            SittingToleranceMinutes = 20,
            DurationWeeks = 8,
            RunningStatus = RunningStatus.Stopped,
            Age = 41,
        };

        // What the API receives for the self-care picture: 21 raw answers, including explicit
        // "no" answers and one explicit null, as a client that sends the whole form would.
        _raw =
        [
            new(QuestionIds.SaddleNumbness, AnswerInput.Of(false)),
            new(QuestionIds.BladderBowelChange, AnswerInput.Of(false)),
            new(QuestionIds.ProgressiveWeakness, AnswerInput.Of(false)),
            new(QuestionIds.BothLegsSymptoms, AnswerInput.Of(false)),
            new(QuestionIds.FeverOrUnwell, AnswerInput.Of(false)),
            new(QuestionIds.CancerHistory, AnswerInput.Of(false)),
            new(QuestionIds.NightPainUnrelenting, AnswerInput.Of(false)),
            new(QuestionIds.GroinPainWeightBearing, AnswerInput.Of(false)),
            new(QuestionIds.PainOnImpact, AnswerInput.Of(false)),
            new(QuestionIds.ButtockPain, AnswerInput.Of(true)),
            new(QuestionIds.SciaticNotchTenderness, AnswerInput.Of(true)),
            new(QuestionIds.WorseSitting, AnswerInput.Of(true)),
            new(QuestionIds.PainRadiatesThigh, AnswerInput.Of(true)),
            new(QuestionIds.PainBelowKnee, AnswerInput.Of(false)),
            new(QuestionIds.PainNow, AnswerInput.Of(4)),
            new(QuestionIds.PainWorst, AnswerInput.Of(5)),
            new(QuestionIds.SettleTime, AnswerInput.Of("hours")),
            new(QuestionIds.SittingToleranceMinutes, AnswerInput.Of(45)),
            new(QuestionIds.DurationWeeks, AnswerInput.Of(4)),
            new(QuestionIds.RunningStatus, AnswerInput.Of("runningWithPain")),
            new(QuestionIds.Age, AnswerInput.Null),
        ];

        // Also warms the lazily loaded catalogues and the rules version, so no run measures them.
        Expect(EvaluateSelfCare(), nameof(EvaluateSelfCare), Triage.SelfCare, planWithheld: false);
        Expect(EvaluateUrgent(), nameof(EvaluateUrgent), Triage.Urgent, planWithheld: true);
        Expect(EvaluateLumbar(), nameof(EvaluateLumbar), Triage.Routine, planWithheld: false);
        Expect(ParseAndEvaluate(), nameof(ParseAndEvaluate), Triage.SelfCare, planWithheld: false);
        if (!LikelihoodRules.HasStrongLumbarPattern(_lumbar)
            || EvaluateLumbar().Differentials.Count(d => d.Strength == Strength.Likely) < 2)
        {
            throw new InvalidOperationException($"{nameof(EvaluateLumbar)}: expected a strong lumbar pattern and at least two likely differentials.");
        }
    }

    [Benchmark]
    public AssessmentResult EvaluateSelfCare() => _engine.Evaluate(_selfCare);

    [Benchmark]
    public AssessmentResult EvaluateUrgent() => _engine.Evaluate(_urgent);

    [Benchmark]
    public AssessmentResult EvaluateLumbar() => _engine.Evaluate(_lumbar);

    [Benchmark]
    public AssessmentResult ParseAndEvaluate()
    {
        var parsed = _parser.Parse(_raw);
        return _engine.Evaluate(parsed.Answers ?? throw new InvalidOperationException("The raw answers did not validate."));
    }

    private static void Expect(AssessmentResult result, string scenario, Triage triage, bool planWithheld)
    {
        var fullPlan = planWithheld || result.Plan.Categories.Count == 4;
        if (result.Triage != triage || result.Plan.Withheld != planWithheld || !fullPlan)
        {
            throw new InvalidOperationException(
                $"{scenario}: expected {triage} with the plan {(planWithheld ? "withheld" : "shown in full")}, got {result.Triage} (withheld: {result.Plan.Withheld}, categories: {result.Plan.Categories.Count}).");
        }
    }
}
