using PiriformisRehab.Domain.Questions;
using Q = PiriformisRehab.Domain.Questions.QuestionIds;

namespace PiriformisRehab.Domain.Tests.Infrastructure;

/// <summary>
/// Builds answers from the yes/no question ids answered yes, so theory rows can name clinical
/// pictures by contract id (strings serialise; Answers objects do not). Numbers and choices are
/// added by the caller with a <c>with</c> expression.
/// </summary>
internal static class Answered
{
    public static Answers Yes(params string[] ids) => new Answers().WithYes(ids);

    /// <summary>These answers with the given yes/no questions also answered yes.</summary>
    public static Answers WithYes(this Answers answers, params string[] ids)
    {
        foreach (var id in ids)
        {
            answers = id switch
            {
                Q.SaddleNumbness => answers with { SaddleNumbness = true },
                Q.BladderBowelChange => answers with { BladderBowelChange = true },
                Q.ProgressiveWeakness => answers with { ProgressiveWeakness = true },
                Q.BothLegsSymptoms => answers with { BothLegsSymptoms = true },
                Q.FeverOrUnwell => answers with { FeverOrUnwell = true },
                Q.ImmunosuppressedOrIvDrugUse => answers with { ImmunosuppressedOrIvDrugUse = true },
                Q.CancerHistory => answers with { CancerHistory = true },
                Q.UnexplainedWeightLoss => answers with { UnexplainedWeightLoss = true },
                Q.NightPainUnrelenting => answers with { NightPainUnrelenting = true },
                Q.SignificantTrauma => answers with { SignificantTrauma = true },
                Q.OsteoporosisOrSteroids => answers with { OsteoporosisOrSteroids = true },
                Q.GroinPainWeightBearing => answers with { GroinPainWeightBearing = true },
                Q.PainOnImpact => answers with { PainOnImpact = true },
                Q.ButtockPain => answers with { ButtockPain = true },
                Q.SciaticNotchTenderness => answers with { SciaticNotchTenderness = true },
                Q.WorseSitting => answers with { WorseSitting = true },
                Q.WorseOnPiriformisStretch => answers with { WorseOnPiriformisStretch = true },
                Q.PainRadiatesThigh => answers with { PainRadiatesThigh = true },
                Q.PainBelowKnee => answers with { PainBelowKnee = true },
                Q.NumbnessOrTingling => answers with { NumbnessOrTingling = true },
                Q.HipDropOrWeakGlutes => answers with { HipDropOrWeakGlutes = true },
                Q.BackPainDominant => answers with { BackPainDominant = true },
                Q.WorseCoughSneeze => answers with { WorseCoughSneeze = true },
                Q.PelvicDimplePain => answers with { PelvicDimplePain = true },
                Q.WorseBendingForward => answers with { WorseBendingForward = true },
                Q.SittingBonePain => answers with { SittingBonePain = true },
                Q.OuterHipPain => answers with { OuterHipPain = true },
                Q.GroinPainDeepFlexion => answers with { GroinPainDeepFlexion = true },
                _ => throw new ArgumentOutOfRangeException(nameof(ids), id, "Not a yes/no question id."),
            };
        }

        return answers;
    }
}
