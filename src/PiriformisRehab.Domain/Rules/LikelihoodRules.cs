using PiriformisRehab.Domain.Questions;
using Q = PiriformisRehab.Domain.Questions.QuestionIds;

namespace PiriformisRehab.Domain.Rules;

/// <summary>
/// The transparent points score for piriformis (deep gluteal) syndrome, 0-100. The four core
/// features weigh 20 each because no single one is validated (Hopayian 2018) and together they
/// are the most reported picture (Hopayian 2010); two supporting features add 10 each; lumbar
/// and hamstring features subtract. Weights are listed in docs/clinical-basis.md.
/// </summary>
public static class LikelihoodRules
{
    /// <summary>One weighted answer of the score.</summary>
    public sealed record Weight(string QuestionId, int Points, bool IsCore, bool IsLumbar, Func<Answers, bool> When, string Text, string Source);

    /// <summary>The score's weights, in the order reasons are listed.</summary>
    public static IReadOnlyList<Weight> Weights { get; } =
    [
        new(Q.ButtockPain, 20, true, false, a => a.ButtockPain,
            "You have pain in one buttock, the most commonly reported feature of piriformis syndrome.", Sources.Hopayian2010),
        new(Q.SciaticNotchTenderness, 20, true, false, a => a.SciaticNotchTenderness,
            "You are tender deep in the buttock, where the piriformis crosses the sciatic nerve.", Sources.Hopayian2010),
        new(Q.WorseSitting, 20, true, false, a => a.WorseSitting,
            "Your pain gets worse after sitting, which presses on the deep buttock.", Sources.Hopayian2010),
        new(Q.WorseOnPiriformisStretch, 20, true, false, a => a.WorseOnPiriformisStretch,
            "Your pain gets worse in positions that put the piriformis on stretch.", Sources.Hopayian2010),
        new(Q.PainRadiatesThigh, 10, false, false, a => a.PainRadiatesThigh,
            "Your pain spreads into the back of the thigh, along the path of the sciatic nerve.", Sources.Michel2013),
        new(Q.HipDropOrWeakGlutes, 10, false, false, a => a.HipDropOrWeakGlutes,
            "Your hip drops when you run or your glutes are weak, which makes the piriformis work harder.", Sources.Tonley2010),

        new(Q.BackPainDominant, -15, false, true, a => a.BackPainDominant,
            "Your low back hurts more than your buttock or leg, which points more to the spine.", Sources.Kizaki2020),
        new(Q.WorseCoughSneeze, -15, false, true, a => a.WorseCoughSneeze,
            "Coughing, sneezing or straining sends pain down your leg, which points more to a disc or nerve root in the back.", Sources.VanDerWindt2010),
        new(Q.WorseBendingForward, -10, false, true, a => a.WorseBendingForward,
            "Bending forward makes your leg pain worse, which points more to the lower back.", Sources.Kizaki2020),
        new(Q.PainBelowKnee, -15, false, true, a => a.PainBelowKnee && a.NumbnessOrTingling,
            "Pain below the knee together with numbness or pins and needles points more to a nerve root in the back.", Sources.VanDerWindt2010),
        new(Q.SittingBonePain, -10, false, false, a => a.SittingBonePain && !a.SciaticNotchTenderness,
            "Your pain is on the sitting bone rather than deep in the buttock, which points more to the hamstring tendon.", Sources.Cacchio2012),
    ];

    /// <summary>Core features needed for the high band (with no strong lumbar pattern).</summary>
    public const int HighBandCoreFeatures = 3;

    /// <summary>Below this many core features the band is low.</summary>
    public const int LowBandBelowCoreFeatures = 2;

    /// <summary>The score is clamped to 0..MaxScore.</summary>
    public const int MaxScore = 100;

    /// <summary>Lumbar features needed together for a "strong lumbar pattern" (blocks the high band).</summary>
    public const int StrongLumbarPatternThreshold = 2;

    /// <summary>The number of the four core features answered yes.</summary>
    public static int CoreFeatureCount(Answers a)
    {
        ArgumentNullException.ThrowIfNull(a);
        return (a.ButtockPain ? 1 : 0) + (a.SciaticNotchTenderness ? 1 : 0) + (a.WorseSitting ? 1 : 0) + (a.WorseOnPiriformisStretch ? 1 : 0);
    }

    /// <summary>
    /// At least two lumbar features together. Single features are weak (the straight-leg raise has
    /// a specificity of 0.28), combinations are what point at the spine (van der Windt 2010;
    /// Finucane 2020 on combining weak signs).
    /// </summary>
    public static bool HasStrongLumbarPattern(Answers a)
    {
        var count = 0;
        foreach (var w in Weights)
        {
            if (w.IsLumbar && w.When(a))
            {
                count++;
            }
        }

        return count >= StrongLumbarPatternThreshold;
    }

    /// <summary>Scores the answers and explains every point.</summary>
    public static Likelihood Evaluate(Answers answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var reasons = new List<LikelihoodReason>(Weights.Count);
        var score = 0;
        var against = false;
        foreach (var w in Weights)
        {
            if (!w.When(answers))
            {
                continue;
            }

            score += w.Points;
            against |= w.Points < 0;
            reasons.Add(new LikelihoodReason(w.QuestionId, w.Points, w.Text, w.Source));
        }

        var core = CoreFeatureCount(answers);
        var band = core switch
        {
            4 when !against => LikelihoodBand.High,
            >= HighBandCoreFeatures when !HasStrongLumbarPattern(answers) => LikelihoodBand.High,
            < LowBandBelowCoreFeatures => LikelihoodBand.Low,
            _ => LikelihoodBand.Moderate,
        };

        return new Likelihood(Math.Clamp(score, 0, MaxScore), band, reasons);
    }
}
