using PiriformisRehab.Domain.Questions;
using Q = PiriformisRehab.Domain.Questions.QuestionIds;

namespace PiriformisRehab.Domain.Rules;

/// <summary>
/// The red-flag table of spec section 3. Emergency rules are listed before urgent ones and a
/// flag id is reported once, at its highest level, so a combination (fever with immune
/// suppression) replaces the single-answer flag (fever alone) rather than repeating it.
/// </summary>
public static class RedFlagRules
{
    private const string EmergencyAction =
        "Go to an emergency department now, or call your local emergency number. Do not exercise.";

    private const string UrgentAction =
        "See a doctor within 24-48 hours, before you start the exercise plan.";

    private const string StopRunningAction =
        "Stop running and hopping now. See a doctor within 24-48 hours: a stress fracture needs ruling out before any impact.";

    private sealed record Rule(string Id, ConcernLevel Level, Func<Answers, bool> When, string[] QuestionIds, string Message, string Action, string Source);

    private static readonly Rule[] Table =
    [
        new(Q.SaddleNumbness, ConcernLevel.Emergency, a => a.SaddleNumbness, [Q.SaddleNumbness],
            "New numbness around the genitals, back passage or inner thighs can mean the nerves at the base of the spine are being squeezed (cauda equina syndrome).",
            EmergencyAction, Sources.GirftCes),
        new(Q.BladderBowelChange, ConcernLevel.Emergency, a => a.BladderBowelChange, [Q.BladderBowelChange],
            "New trouble passing urine, leaking, or losing bowel control can mean the nerves at the base of the spine are being squeezed (cauda equina syndrome).",
            EmergencyAction, Sources.GirftCes),
        new(Q.ProgressiveWeakness, ConcernLevel.Emergency, a => a.ProgressiveWeakness, [Q.ProgressiveWeakness],
            "A leg that is getting weaker, or a foot that slaps or catches, means a nerve is losing function and needs checking today.",
            EmergencyAction, Sources.Nice59),
        new(Q.BothLegsSymptoms, ConcernLevel.Emergency, a => a.BothLegsSymptoms, [Q.BothLegsSymptoms],
            "Pain, numbness or weakness in both legs is a warning sign of pressure on the nerves at the base of the spine (suspected cauda equina syndrome).",
            EmergencyAction, Sources.GirftCes),
        new(Q.FeverOrUnwell, ConcernLevel.Emergency, a => a.FeverOrUnwell && (a.ImmunosuppressedOrIvDrugUse || a.NumbnessOrTingling),
            [Q.FeverOrUnwell, Q.ImmunosuppressedOrIvDrugUse, Q.NumbnessOrTingling],
            "Fever or feeling unwell together with a lowered immune system, injecting drugs, or new numbness can be a sign of an infection near the spine.",
            EmergencyAction, Sources.EpiduralAbscess),
        new(Q.CancerHistory, ConcernLevel.Emergency,
            a => a.CancerHistory && (a.PainBelowKnee || a.NumbnessOrTingling || a.ProgressiveWeakness || a.BladderBowelChange),
            [Q.CancerHistory, Q.PainBelowKnee, Q.NumbnessOrTingling, Q.ProgressiveWeakness, Q.BladderBowelChange],
            "After cancer, back or buttock pain that spreads down the leg or comes with numbness or weakness must be checked straight away for pressure on the spinal cord or nerves.",
            EmergencyAction, Sources.Nice234),

        new(Q.FeverOrUnwell, ConcernLevel.Urgent, a => a.FeverOrUnwell, [Q.FeverOrUnwell],
            "Fever, chills or feeling generally unwell with the pain is not typical of a muscle problem and should be checked by a doctor.",
            UrgentAction, Sources.Finucane2020),
        new(Q.CancerHistory, ConcernLevel.Urgent, a => a.CancerHistory, [Q.CancerHistory],
            "After any cancer, new back or buttock pain should be checked by a doctor before it is treated as a muscle problem.",
            UrgentAction, Sources.Nice234),
        new(Q.UnexplainedWeightLoss, ConcernLevel.Urgent, a => a.UnexplainedWeightLoss, [Q.UnexplainedWeightLoss],
            "Losing weight without trying, together with pain, should be checked by a doctor.",
            UrgentAction, Sources.Finucane2020),
        new(Q.NightPainUnrelenting, ConcernLevel.Urgent, a => a.NightPainUnrelenting, [Q.NightPainUnrelenting],
            "Constant pain at night or at rest that no position eases is not typical of a muscle problem and should be checked by a doctor.",
            UrgentAction, Sources.Finucane2020),
        new(Q.SignificantTrauma, ConcernLevel.Urgent, a => a.SignificantTrauma, [Q.SignificantTrauma],
            "Pain that began after a fall, crash or blow needs checking for an injury to bone before exercise.",
            UrgentAction, Sources.Nice59),
        new(Q.OsteoporosisOrSteroids, ConcernLevel.Urgent, a => a.OsteoporosisOrSteroids && a.SignificantTrauma,
            [Q.OsteoporosisOrSteroids, Q.SignificantTrauma],
            "Weaker bones (osteoporosis or long-term steroid tablets) together with a fall or blow raise the chance of a fracture.",
            UrgentAction, Sources.Finucane2020),
        new(Q.GroinPainWeightBearing, ConcernLevel.Urgent, a => a.GroinPainWeightBearing, [Q.GroinPainWeightBearing],
            "Groin or front-of-hip pain on standing, hopping or running that gets worse run by run can be a stress fracture of the thigh bone's neck.",
            StopRunningAction, Sources.Robertson2017),
        new(Q.PainOnImpact, ConcernLevel.Urgent, a => a.PainOnImpact, [Q.PainOnImpact],
            "Sharp, deep pain in the buttock, pelvis or low back on hopping or landing that started or grew with running can be a stress fracture of the pelvis or sacrum.",
            StopRunningAction, Sources.Kahanov2011),
    ];

    /// <summary>Every rule's id, level and the questions it reads (for documentation and tests).</summary>
    public static IEnumerable<(string Id, ConcernLevel Level, IReadOnlyList<string> QuestionIds)> Describe() =>
        Table.Select(r => (r.Id, r.Level, (IReadOnlyList<string>)r.QuestionIds));

    /// <summary>The red flags these answers raise, emergency first; empty when none.</summary>
    public static IReadOnlyList<RedFlag> Evaluate(Answers answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        List<RedFlag>? flags = null;
        foreach (var rule in Table)
        {
            if (!rule.When(answers) || (flags is not null && flags.Exists(f => f.Id == rule.Id)))
            {
                continue;
            }

            // Only the questions actually answered yes are named as the flag's reasons.
            var because = rule.QuestionIds.Where(id => answers.ValueOf(id) is true).ToArray();
            (flags ??= []).Add(new RedFlag(rule.Id, rule.Level, rule.Message, rule.Action, because, rule.Source));
        }

        return flags ?? (IReadOnlyList<RedFlag>)[];
    }
}
