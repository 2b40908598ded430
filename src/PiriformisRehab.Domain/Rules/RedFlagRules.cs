using PiriformisRehab.Domain.Questions;
using B = PiriformisRehab.Domain.Questions.Answers.Bit;
using Q = PiriformisRehab.Domain.Questions.QuestionIds;

namespace PiriformisRehab.Domain.Rules;

/// <summary>
/// The red-flag table of spec 5.4 (amending section 3). Rules are listed most urgent first
/// (emergency, then urgent same-day, then urgent within 48 hours) and a flag id is reported once,
/// at its highest level, with the timeframe of the rule that fired there: fever with numbness gives
/// one emergency <c>feverOrUnwell</c>, not an emergency and an urgent one. In a rule that combines
/// answers, a partner answered "not sure" counts as yes (spec 5.2: the cautious reading).
/// </summary>
public static class RedFlagRules
{
    /// <summary>What an emergency flag tells the runner to do.</summary>
    public const string EmergencyAction =
        "Go to an emergency department now, or call your local emergency number. Do not exercise.";

    /// <summary>Urgent, same day: the route is named (spec 5.3).</summary>
    public const string SameDayAction =
        "See a doctor today: your GP practice or an urgent care service (NHS 111 in the UK). If you cannot be seen today, go to an emergency department.";

    /// <summary>Urgent, within 24-48 hours: the route is named (spec 5.3).</summary>
    public const string Within48HoursAction =
        "See a doctor within 24-48 hours (GP or urgent care) before you start the exercise plan. If it gets worse before then, get help the same day.";

    private sealed record Rule(string Id, ConcernLevel Level, Timeframe Timeframe, Func<Answers, bool> When, string[] QuestionIds, string Message, string Action, string Source);

    private static Rule Emergency(string id, Func<Answers, bool> when, string[] questions, string message, string source) =>
        new(id, ConcernLevel.Emergency, Timeframe.Now, when, questions, message, EmergencyAction, source);

    private static Rule SameDay(string id, Func<Answers, bool> when, string[] questions, string message, string source) =>
        new(id, ConcernLevel.Urgent, Timeframe.SameDay, when, questions, message, SameDayAction, source);

    private static Rule Within48(string id, Func<Answers, bool> when, string[] questions, string message, string source) =>
        new(id, ConcernLevel.Urgent, Timeframe.Within48Hours, when, questions, message, Within48HoursAction, source);

    private static readonly Rule[] Table =
    [
        Emergency(Q.SaddleNumbness, a => a.SaddleNumbness, [Q.SaddleNumbness],
            "New numbness around the genitals, back passage or inner thighs can mean the nerves at the base of the spine are being squeezed (cauda equina syndrome).",
            Sources.GirftCes),
        Emergency(Q.BladderBowelChange, a => a.BladderBowelChange, [Q.BladderBowelChange],
            "New trouble passing urine, leaking, or losing bowel control can mean the nerves at the base of the spine are being squeezed (cauda equina syndrome).",
            Sources.GirftCes),
        Emergency(Q.ProgressiveWeakness, a => a.ProgressiveWeakness, [Q.ProgressiveWeakness],
            "A leg that is getting weaker, or a foot that slaps or catches, means a nerve is losing function and needs checking today.",
            Sources.Nice59),
        Emergency(Q.BothLegsSymptoms, a => a.BothLegsSymptoms && !a.BothLegsLongStanding, [Q.BothLegsSymptoms],
            "New or changing pain, numbness or weakness in both legs is a warning sign of pressure on the nerves at the base of the spine (suspected cauda equina syndrome).",
            Sources.GirftCes),
        Emergency(Q.CannotBearWeight, a => a.CannotBearWeight, [Q.CannotBearWeight],
            "Not being able to put weight on the leg, or to walk more than a few steps, can mean a broken bone such as a stress fracture of the hip, or an infected joint.",
            Sources.Gorissen2007),
        Emergency(Q.FeverOrUnwell,
            a => a.FeverOrUnwell && (a.YesOrNotSure(B.ImmunosuppressedOrIvDrugUse) || a.YesOrNotSure(B.NumbnessOrTingling) || a.YesOrNotSure(B.ProgressiveWeakness)),
            [Q.FeverOrUnwell, Q.ImmunosuppressedOrIvDrugUse, Q.NumbnessOrTingling, Q.ProgressiveWeakness],
            "Fever or feeling unwell together with a lowered immune system, injecting drugs, numbness or weakness can be a sign of an infection near the spine.",
            Sources.EpiduralAbscess),
        Emergency(Q.CancerHistory,
            a => a.CancerHistory && (a.YesOrNotSure(B.PainBelowKnee) || a.YesOrNotSure(B.NumbnessOrTingling) || a.YesOrNotSure(B.ProgressiveWeakness) || a.YesOrNotSure(B.BladderBowelChange)),
            [Q.CancerHistory, Q.PainBelowKnee, Q.NumbnessOrTingling, Q.ProgressiveWeakness, Q.BladderBowelChange],
            "After cancer, back or buttock pain that spreads down the leg or comes with numbness or weakness must be checked straight away for pressure on the spinal cord or nerves.",
            Sources.Nice234),

        SameDay(Q.FeverOrUnwell, a => a.FeverOrUnwell, [Q.FeverOrUnwell],
            "Fever, chills or feeling generally unwell with the pain is not typical of a muscle problem: an infection of the spine, pelvis or a joint needs ruling out today.",
            Sources.Guin2026),
        SameDay(Q.OsteoporosisOrSteroids, a => a.OsteoporosisOrSteroids && a.YesOrNotSure(B.SignificantTrauma),
            [Q.OsteoporosisOrSteroids, Q.SignificantTrauma],
            "Weaker bones (osteoporosis or long-term steroid tablets) together with a fall or blow raise the chance of a fracture.",
            Sources.Finucane2020),

        Within48(Q.BothLegsSymptoms, a => a.BothLegsSymptoms && a.BothLegsLongStanding, [Q.BothLegsSymptoms, Q.BothLegsLongStanding],
            "Long-standing, unchanged symptoms in both legs can come from narrowing around the nerves in the lower back, which a doctor should assess. If they change, or saddle numbness or bladder or bowel trouble start, it becomes an emergency.",
            Sources.Stenosis),
        Within48(Q.OsteoporosisOrSteroids, a => a.OsteoporosisOrSteroids, [Q.OsteoporosisOrSteroids],
            "With osteoporosis or long-term steroid tablets a bone can break with little or no injury, including the pelvis and sacrum, so new pain should be checked by a doctor before exercise.",
            Sources.Steroids),
        Within48(Q.ImmunosuppressedOrIvDrugUse, a => a.ImmunosuppressedOrIvDrugUse, [Q.ImmunosuppressedOrIvDrugUse],
            "A lowered immune system or injecting drugs makes an infection near the spine or a joint more likely, and it can start without a fever, so a doctor should check the pain first.",
            Sources.Finucane2020),
        Within48(Q.SuddenOnsetInjury, a => a.SuddenOnsetInjury, [Q.SuddenOnsetInjury],
            "Pain that began suddenly with a pop, a tearing feeling or bruising at the back of the thigh can be a hamstring tendon torn off the sitting bone; some need a surgeon's opinion within days.",
            Sources.HamstringAvulsion),
        Within48(Q.WorseningDespiteRest, a => a.WorseningDespiteRest, [Q.WorseningDespiteRest],
            "Pain that keeps getting worse week by week even with rest does not behave like a muscle problem and should be checked by a doctor.",
            Sources.Worsening),
        Within48(Q.CancerHistory, a => a.CancerHistory, [Q.CancerHistory],
            "After any cancer, new back or buttock pain should be checked by a doctor before it is treated as a muscle problem.",
            Sources.Nice234),
        Within48(Q.UnexplainedWeightLoss, a => a.UnexplainedWeightLoss, [Q.UnexplainedWeightLoss],
            "Losing weight without trying, together with pain, should be checked by a doctor.",
            Sources.Finucane2020),
        Within48(Q.NightPainUnrelenting, a => a.NightPainUnrelenting, [Q.NightPainUnrelenting],
            "Constant pain at night or at rest that no position eases is not typical of a muscle problem and should be checked by a doctor.",
            Sources.Finucane2020),
        Within48(Q.SignificantTrauma, a => a.SignificantTrauma, [Q.SignificantTrauma],
            "Pain that began after a fall, crash or blow needs checking for an injury to bone before exercise.",
            Sources.Nice59),
        Within48(Q.GroinPainWeightBearing, a => a.GroinPainWeightBearing, [Q.GroinPainWeightBearing],
            "Groin or front-of-hip pain on standing, hopping or running that gets worse run by run can be a stress fracture of the thigh bone's neck. Stop running and hopping until a doctor has checked it.",
            Sources.Robertson2017),
        Within48(Q.PainOnImpact, a => a.PainOnImpact, [Q.PainOnImpact],
            "Sharp, deep pain in the buttock, pelvis or low back on walking, hopping or landing can be a stress fracture of the pelvis or sacrum, after running and also in pregnancy or after giving birth. Stop running and hopping until a doctor has checked it.",
            Sources.Pishnamaz2012),
    ];

    /// <summary>The ids of the flags that point at a stress fracture (spec 5.10: running stays stopped after clearance).</summary>
    public static bool IsStressFractureFlag(string id) => id is Q.GroinPainWeightBearing or Q.PainOnImpact;

    /// <summary>Every rule's id, level, timeframe and the questions it reads (for documentation and tests).</summary>
    public static IEnumerable<(string Id, ConcernLevel Level, Timeframe Timeframe, IReadOnlyList<string> QuestionIds)> Describe() =>
        Table.Select(r => (r.Id, r.Level, r.Timeframe, (IReadOnlyList<string>)r.QuestionIds));

    /// <summary>The red flags these answers raise, most urgent first; empty when none.</summary>
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

            // Only the questions answered yes (or "not sure" for a partner) are named as the flag's reasons.
            var because = rule.QuestionIds.Where(id => answers.StateOf(id) is BoolAnswer.Yes or BoolAnswer.NotSure).ToArray();
            (flags ??= []).Add(new RedFlag(rule.Id, rule.Level, rule.Message, rule.Action, because, rule.Source) { Timeframe = rule.Timeframe });
        }

        return flags ?? (IReadOnlyList<RedFlag>)[];
    }
}
