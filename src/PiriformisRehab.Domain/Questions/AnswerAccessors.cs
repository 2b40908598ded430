using System.Collections.Frozen;

namespace PiriformisRehab.Domain.Questions;

/// <summary>One table from question id to the property holding its answer, so the parser,
/// storage and display never keep their own lists of ids.</summary>
internal static class AnswerAccessors
{
    public static readonly IReadOnlyList<(string Id, Func<Answers, object?> Get)> InOrder =
    [
        (QuestionIds.SaddleNumbness, a => a.SaddleNumbness),
        (QuestionIds.BladderBowelChange, a => a.BladderBowelChange),
        (QuestionIds.ProgressiveWeakness, a => a.ProgressiveWeakness),
        (QuestionIds.BothLegsSymptoms, a => a.BothLegsSymptoms),
        (QuestionIds.FeverOrUnwell, a => a.FeverOrUnwell),
        (QuestionIds.ImmunosuppressedOrIvDrugUse, a => a.ImmunosuppressedOrIvDrugUse),
        (QuestionIds.CancerHistory, a => a.CancerHistory),
        (QuestionIds.UnexplainedWeightLoss, a => a.UnexplainedWeightLoss),
        (QuestionIds.NightPainUnrelenting, a => a.NightPainUnrelenting),
        (QuestionIds.SignificantTrauma, a => a.SignificantTrauma),
        (QuestionIds.OsteoporosisOrSteroids, a => a.OsteoporosisOrSteroids),
        (QuestionIds.GroinPainWeightBearing, a => a.GroinPainWeightBearing),
        (QuestionIds.PainOnImpact, a => a.PainOnImpact),
        (QuestionIds.ButtockPain, a => a.ButtockPain),
        (QuestionIds.SciaticNotchTenderness, a => a.SciaticNotchTenderness),
        (QuestionIds.WorseSitting, a => a.WorseSitting),
        (QuestionIds.WorseOnPiriformisStretch, a => a.WorseOnPiriformisStretch),
        (QuestionIds.PainRadiatesThigh, a => a.PainRadiatesThigh),
        (QuestionIds.PainBelowKnee, a => a.PainBelowKnee),
        (QuestionIds.NumbnessOrTingling, a => a.NumbnessOrTingling),
        (QuestionIds.HipDropOrWeakGlutes, a => a.HipDropOrWeakGlutes),
        (QuestionIds.BackPainDominant, a => a.BackPainDominant),
        (QuestionIds.WorseCoughSneeze, a => a.WorseCoughSneeze),
        (QuestionIds.PelvicDimplePain, a => a.PelvicDimplePain),
        (QuestionIds.WorseBendingForward, a => a.WorseBendingForward),
        (QuestionIds.SittingBonePain, a => a.SittingBonePain),
        (QuestionIds.OuterHipPain, a => a.OuterHipPain),
        (QuestionIds.GroinPainDeepFlexion, a => a.GroinPainDeepFlexion),
        (QuestionIds.PainNow, a => a.PainNow),
        (QuestionIds.PainWorst, a => a.PainWorst),
        (QuestionIds.SettleTime, a => a.SettleTime),
        (QuestionIds.SittingToleranceMinutes, a => a.SittingToleranceMinutes),
        (QuestionIds.DurationWeeks, a => a.DurationWeeks),
        (QuestionIds.RunningStatus, a => a.RunningStatus),
        (QuestionIds.Age, a => a.Age),
    ];

    public static readonly FrozenDictionary<string, Func<Answers, object?>> All =
        InOrder.ToFrozenDictionary(x => x.Id, x => x.Get, StringComparer.Ordinal);
}
