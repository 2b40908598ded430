using PiriformisRehab.Domain.Questions;
using Q = PiriformisRehab.Domain.Questions.QuestionIds;

namespace PiriformisRehab.Domain.Rules;

/// <summary>
/// The seven other conditions of spec section 3. A condition is "possible" when any answer that
/// raises it is yes, and "likely" when its own pattern is clear (see <see cref="Describe"/> and
/// docs/clinical-basis.md for each rule).
/// </summary>
public static class DifferentialRules
{
    private sealed record Raiser(string QuestionId, Func<Answers, bool> When, string Reason);

    private sealed record Rule(DifferentialId Id, string Title, string Advice, string Source, Raiser[] Raisers, Func<Answers, bool> Likely, string LikelyWhen);

    private static readonly Rule[] Table =
    [
        new(DifferentialId.LumbarRadicular,
            "A disc herniation or nerve-root problem in the lower back",
            "This is the problem most often mistaken for piriformis syndrome. A physio or GP can examine your back and leg nerves; if the back is the source, the plan needs to change.",
            Sources.VanDerWindt2010,
            [
                new(Q.PainBelowKnee, a => a.PainBelowKnee, "Pain spreads below your knee."),
                new(Q.NumbnessOrTingling, a => a.NumbnessOrTingling, "You have numbness or pins and needles in the leg or foot."),
                new(Q.BackPainDominant, a => a.BackPainDominant, "Your low back hurts more than your buttock or leg."),
                new(Q.WorseCoughSneeze, a => a.WorseCoughSneeze, "Coughing, sneezing or straining sends pain down your leg."),
                new(Q.WorseBendingForward, a => a.WorseBendingForward, "Bending forward makes your leg pain worse."),
            ],
            LikelihoodRules.HasStrongLumbarPattern, "at least two lumbar features together (the strong lumbar pattern)"),
        new(DifferentialId.ProximalHamstring,
            "Proximal hamstring tendinopathy (the tendon at the sitting bone)",
            "Hamstring tendons settle with a loading programme rather than stretching. Avoid deep hamstring stretches and have a physio confirm it.",
            Sources.Cacchio2012,
            [new(Q.SittingBonePain, a => a.SittingBonePain, "Your pain is right on the sitting bone and worse with hamstring stretch or fast running.")],
            a => a.SittingBonePain && !a.SciaticNotchTenderness, "sitting-bone pain without deep buttock tenderness"),
        new(DifferentialId.GluteTendinopathy,
            "Gluteal tendinopathy (pain on the outside of the hip)",
            "Avoid lying on that side and crossing your legs. A physio can confirm it; it settles with graded loading of the side-hip muscles.",
            Sources.Grimaldi2015,
            [new(Q.OuterHipPain, a => a.OuterHipPain, "Your pain is on the outside of the hip, worse lying on that side or on stairs.")],
            a => a.OuterHipPain && LikelihoodRules.CoreFeatureCount(a) < 2, "outer hip pain with fewer than two piriformis core features"),
        new(DifferentialId.HipJoint,
            "A hip joint problem (impingement or a labral tear)",
            "Groin pain with deep bending and clicking is worth a physio or sports doctor's examination of the hip joint itself.",
            Sources.Griffin2016,
            [new(Q.GroinPainDeepFlexion, a => a.GroinPainDeepFlexion, "You have groin pain with deep hip bending, clicking or catching.")],
            a => a.GroinPainDeepFlexion && LikelihoodRules.CoreFeatureCount(a) < 2, "groin pain on deep bending with fewer than two piriformis core features"),
        new(DifferentialId.FemoralStressFracture,
            "A stress fracture of the thigh bone's neck",
            "Stop running and hopping now and see a doctor within 24-48 hours; it needs imaging before any impact.",
            Sources.Robertson2017,
            [new(Q.GroinPainWeightBearing, a => a.GroinPainWeightBearing, "You have groin or front-of-hip pain on standing, hopping or running that gets worse run by run.")],
            a => a.GroinPainWeightBearing, "always when raised: a missed femoral neck stress fracture can displace"),
        new(DifferentialId.PelvicStressFracture,
            "A stress fracture of the pelvis or sacrum",
            "Stop running and hopping now and see a doctor within 24-48 hours; it needs imaging before any impact.",
            Sources.Kahanov2011,
            [new(Q.PainOnImpact, a => a.PainOnImpact, "You have sharp, deep pain on hopping or landing that began or grew with running.")],
            a => a.PainOnImpact, "always when raised: impact pain that grew with running is a stress fracture until shown otherwise"),
        new(DifferentialId.Sacroiliac,
            "Sacroiliac joint pain (the joint at the back of the pelvis)",
            "Pain you can cover with one finger beside the pelvic dimple often comes from the sacroiliac joint. A physio can test it; the glute strengthening in your plan helps it too.",
            Sources.Fortin1997,
            [new(Q.PelvicDimplePain, a => a.PelvicDimplePain, "You can point to your pain with one finger just beside the dimple at the back of the pelvis.")],
            a => a.PelvicDimplePain && !a.SciaticNotchTenderness, "pain at the pelvic dimple without deep buttock tenderness"),
    ];

    /// <summary>Every differential with the questions that raise it and when it is "likely".</summary>
    public static IEnumerable<(DifferentialId Id, IReadOnlyList<string> RaisedBy, string LikelyWhen)> Describe() =>
        Table.Select(r => (r.Id, (IReadOnlyList<string>)r.Raisers.Select(x => x.QuestionId).ToArray(), r.LikelyWhen));

    /// <summary>The differentials these answers raise, in the contract's order; empty when none.</summary>
    public static IReadOnlyList<Differential> Evaluate(Answers answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        List<Differential>? found = null;
        foreach (var rule in Table)
        {
            List<string>? reasons = null;
            List<string>? ids = null;
            foreach (var raiser in rule.Raisers)
            {
                if (raiser.When(answers))
                {
                    (reasons ??= []).Add(raiser.Reason);
                    (ids ??= []).Add(raiser.QuestionId);
                }
            }

            if (reasons is null || ids is null)
            {
                continue;
            }

            var strength = rule.Likely(answers) ? Strength.Likely : Strength.Possible;
            (found ??= []).Add(new Differential(rule.Id, strength, reasons, rule.Title, rule.Advice, ids, rule.Source));
        }

        return found ?? (IReadOnlyList<Differential>)[];
    }
}
