using PiriformisRehab.Domain.Questions;
using B = PiriformisRehab.Domain.Questions.Answers.Bit;
using Q = PiriformisRehab.Domain.Questions.QuestionIds;

namespace PiriformisRehab.Domain.Rules;

/// <summary>
/// The other conditions of spec sections 3 and 5.6. A condition is "possible" when any answer that
/// raises it is yes, and "likely" when its own pattern is clear (see <see cref="Describe"/> and
/// docs/clinical-basis.md for each rule). "Not sure" raises nothing; a condition that an unsure or
/// unanswered core or supporting question could raise is reported as not ruled out instead.
/// </summary>
public static class DifferentialRules
{
    /// <summary>
    /// One way a differential is raised. <paramref name="Bit"/> is set for a single core or supporting
    /// question, which can also leave the differential open; composite or safety raisers leave it null.
    /// </summary>
    private sealed record Raiser(string QuestionId, Func<Answers, bool> When, string Reason, B? Bit, Func<Answers, IReadOnlyList<string>>? Ids = null);

    private static Raiser One(string id, B bit, Func<Answers, bool> when, string reason) => new(id, when, reason, bit);

    private static Raiser Safety(string id, Func<Answers, bool> when, string reason) => new(id, when, reason, null);

    private static readonly Raiser BoneStress = new(
        "boneStressRiskFactors", BoneStressRules.Applies,
        "You have two or more bone-stress risk factors and you are running with pain.",
        null, BoneStressRules.FactorsPresent);

    private static readonly Raiser CannotBearWeight = Safety(Q.CannotBearWeight, a => a.CannotBearWeight,
        "You cannot put weight on the leg or walk more than a few steps.");

    private sealed record Rule(DifferentialId Id, string Title, string Advice, string Source, Raiser[] Raisers, Func<Answers, bool> Likely, string LikelyWhen);

    private const string FractureAdvice =
        "Stop running and hopping and have a doctor check it: a stress fracture needs ruling out, often with a scan, before any impact. How soon is shown at the top of your result.";

    private static readonly Rule[] Table =
    [
        new(DifferentialId.LumbarRadicular,
            "A disc herniation or nerve-root problem in the lower back",
            "This is the problem most often mistaken for piriformis syndrome. A physio or GP can examine your back and leg nerves; if the back is the source, the plan needs to change.",
            Sources.VanDerWindt2010,
            [
                One(Q.PainBelowKnee, B.PainBelowKnee, a => a.PainBelowKnee, "Pain spreads below your knee."),
                One(Q.NumbnessOrTingling, B.NumbnessOrTingling, a => a.NumbnessOrTingling, "You have numbness or pins and needles in the leg or foot."),
                One(Q.BackPainDominant, B.BackPainDominant, a => a.BackPainDominant, "Your low back hurts more than your buttock or leg."),
                One(Q.WorseCoughSneeze, B.WorseCoughSneeze, a => a.WorseCoughSneeze, "Coughing, sneezing or straining sends pain down your leg."),
                One(Q.WorseBendingForward, B.WorseBendingForward, a => a.WorseBendingForward, "Bending forward makes your leg pain worse."),
                One(Q.FrontThighPain, B.FrontThighPain, a => a.FrontThighPain, "Pain spreads into the front of your thigh, the path of a nerve root higher in the lower back."),
            ],
            LikelihoodRules.HasStrongLumbarPattern, "at least two lumbar features together (the strong lumbar pattern)"),
        new(DifferentialId.ProximalHamstring,
            "Proximal hamstring tendinopathy or tear (the tendon at the sitting bone)",
            "Hamstring tendons settle with a loading programme rather than stretching. Avoid deep hamstring stretches and have a physio confirm it. After a sudden pop or bruising, see a doctor within 24-48 hours: a torn tendon may need a surgeon's opinion.",
            Sources.Cacchio2012,
            [
                One(Q.SittingBonePain, B.SittingBonePain, a => a.SittingBonePain, "Your pain is right on the sitting bone and worse with hamstring stretch or fast running."),
                Safety(Q.SuddenOnsetInjury, a => a.SuddenOnsetInjury, "Your pain began suddenly, with a pop, a tearing feeling or bruising at the back of the thigh."),
            ],
            a => (a.SittingBonePain && !a.SciaticNotchTenderness) || a.SuddenOnsetInjury,
            "sitting-bone pain without deep buttock tenderness, or a sudden-onset injury (suspected avulsion)"),
        new(DifferentialId.GluteTendinopathy,
            "Gluteal tendinopathy (pain on the outside of the hip)",
            "Avoid lying on that side and crossing your legs. A physio can confirm it; it settles with graded loading of the side-hip muscles.",
            Sources.Grimaldi2015,
            [One(Q.OuterHipPain, B.OuterHipPain, a => a.OuterHipPain, "Your pain is on the outside of the hip, worse lying on that side or on stairs.")],
            a => a.OuterHipPain && LikelihoodRules.CoreFeatureCount(a) < 2, "outer hip pain with fewer than two piriformis core features"),
        new(DifferentialId.HipJoint,
            "A hip joint problem (impingement or a labral tear)",
            "Groin pain with deep bending and clicking is worth a physio or sports doctor's examination of the hip joint itself.",
            Sources.Griffin2016,
            [One(Q.GroinPainDeepFlexion, B.GroinPainDeepFlexion, a => a.GroinPainDeepFlexion, "You have groin pain with deep hip bending, clicking or catching.")],
            a => a.GroinPainDeepFlexion && LikelihoodRules.CoreFeatureCount(a) < 2, "groin pain on deep bending with fewer than two piriformis core features"),
        new(DifferentialId.FemoralStressFracture,
            "A stress fracture of the thigh bone's neck",
            FractureAdvice,
            Sources.Robertson2017,
            [
                Safety(Q.GroinPainWeightBearing, a => a.GroinPainWeightBearing, "You have groin or front-of-hip pain on standing, hopping or running that gets worse run by run."),
                CannotBearWeight,
                BoneStress,
            ],
            a => a.GroinPainWeightBearing, "when raised by groin pain on weight bearing: a missed femoral neck stress fracture can displace"),
        new(DifferentialId.PelvicStressFracture,
            "A stress fracture of the pelvis or sacrum",
            FractureAdvice,
            Sources.Pishnamaz2012,
            [
                Safety(Q.PainOnImpact, a => a.PainOnImpact, "You have sharp, deep pain in the buttock, pelvis or low back on walking, hopping or landing."),
                CannotBearWeight,
                BoneStress,
            ],
            a => a.PainOnImpact, "when raised by pain on impact: deep impact pain is a stress fracture until shown otherwise"),
        new(DifferentialId.Sacroiliac,
            "Sacroiliac joint pain (the joint at the back of the pelvis)",
            "Pain you can cover with one finger beside the pelvic dimple often comes from the sacroiliac joint. A physio can test it; the glute strengthening in your plan helps it too.",
            Sources.Fortin1997,
            [One(Q.PelvicDimplePain, B.PelvicDimplePain, a => a.PelvicDimplePain, "You can point to your pain with one finger just beside the dimple at the back of the pelvis.")],
            a => a.PelvicDimplePain && !a.SciaticNotchTenderness, "pain at the pelvic dimple without deep buttock tenderness"),
        new(DifferentialId.InflammatoryBackPain,
            "Inflammatory back pain (such as axial spondyloarthritis)",
            "Long morning stiffness that eases with movement can be inflammatory back pain. See your GP and ask whether you need a referral to a rheumatologist; exercise still helps, but the right diagnosis matters.",
            Sources.Ng65,
            [One(Q.MorningStiffness, B.MorningStiffness, a => a.MorningStiffness, "Your back or buttock is stiff for more than 30 minutes after getting up and eases with movement.")],
            a => a.MorningStiffness && a.DurationWeeks >= InflammatoryLikelyWeeks && a.Age < InflammatoryLikelyAgeBelow,
            "morning stiffness for 12 weeks or more, starting before age 45 (ASAS)"),
        new(DifferentialId.Vascular,
            "A narrowed artery to the leg during effort (for example iliac endofibrosis)",
            "Stop running when this pain comes on rather than pushing through it, and see a GP: an artery that narrows with effort can cause it, and it needs checking.",
            Sources.Mousigian2021,
            [One(Q.PainOnlyAtEffort, B.PainOnlyAtEffort, a => a.PainOnlyAtEffort, "Your pain comes on only at a certain running effort and goes within minutes of stopping.")],
            _ => false, "never: possible only"),
        new(DifferentialId.Pudendal,
            "Pudendal nerve irritation (pain between the legs when sitting)",
            "See your GP or a pelvic-health physiotherapist to assess it. Meanwhile a cushion with a cut-out, or sitting on a rolled towel under each thigh, can take pressure off.",
            Sources.Labat2008,
            [One(Q.PerinealPainSitting, B.PerinealPainSitting, a => a.PerinealPainSitting, "Sitting brings on pain between your legs that eases when you stand.")],
            _ => false, "never: possible only"),
        new(DifferentialId.Ischiofemoral,
            "Ischiofemoral impingement (the thigh bone pinching against the sitting bone)",
            "See a physio to assess it. Meanwhile shorten your stride, and ease off fast running and big steps.",
            Sources.GomezHoyos2016,
            [One(Q.PainLongStrides, B.PainLongStrides, a => a.PainLongStrides, "Long strides, such as fast running or big steps, bring on your buttock pain.")],
            _ => false, "never: possible only"),
    ];

    /// <summary>Duration from which morning stiffness makes inflammatory back pain likely (ASAS: chronic back pain).</summary>
    public const int InflammatoryLikelyWeeks = 12;

    /// <summary>Inflammatory back pain is likely only when it started before this age (ASAS).</summary>
    public const int InflammatoryLikelyAgeBelow = 45;

    /// <summary>The four differentials of spec 5.6 whose advice sends the runner to a GP or physio: any of them makes triage at least routine.</summary>
    public static bool NeedsReview(DifferentialId id) =>
        id is DifferentialId.InflammatoryBackPain or DifferentialId.Vascular or DifferentialId.Pudendal or DifferentialId.Ischiofemoral;

    /// <summary>Every differential with the questions that raise it and when it is "likely".</summary>
    public static IEnumerable<(DifferentialId Id, IReadOnlyList<string> RaisedBy, string LikelyWhen)> Describe() =>
        Table.Select(r => (r.Id, (IReadOnlyList<string>)r.Raisers.Select(x => x.QuestionId).ToArray(), r.LikelyWhen));

    /// <summary>The single core or supporting questions that raise each differential (those that can leave it not ruled out).</summary>
    public static IEnumerable<(DifferentialId Id, IReadOnlyList<string> QuestionIds)> OpenableBy() =>
        Table.Select(r => (r.Id, (IReadOnlyList<string>)r.Raisers.Where(x => x.Bit is not null).Select(x => x.QuestionId).ToArray()));

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
                    ids ??= [];
                    if (raiser.Ids is { } more)
                    {
                        ids.AddRange(more(answers));
                    }
                    else
                    {
                        ids.Add(raiser.QuestionId);
                    }
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

    /// <summary>
    /// Each differential not raised that an unsure or unanswered core or supporting question raises
    /// by its rule (spec 5.2). Context answers (age, duration, risk factors) never put one here.
    /// </summary>
    public static IReadOnlyList<NotRuledOut> NotRuledOut(Answers answers, IReadOnlyList<Differential> raised)
    {
        ArgumentNullException.ThrowIfNull(answers);
        ArgumentNullException.ThrowIfNull(raised);
        List<NotRuledOut>? open = null;
        foreach (var rule in Table)
        {
            if (IsRaised(raised, rule.Id))
            {
                continue;
            }

            List<string>? ids = null;
            foreach (var raiser in rule.Raisers)
            {
                if (raiser.Bit is B bit && answers.IsOpen(bit))
                {
                    (ids ??= []).Add(raiser.QuestionId);
                }
            }

            if (ids is not null)
            {
                (open ??= []).Add(new NotRuledOut(rule.Id, ids));
            }
        }

        return open ?? (IReadOnlyList<NotRuledOut>)[];
    }

    private static bool IsRaised(IReadOnlyList<Differential> raised, DifferentialId id)
    {
        foreach (var d in raised)
        {
            if (d.Id == id)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The plain title of a differential (for "not ruled out" lists).</summary>
    public static string TitleOf(DifferentialId id)
    {
        foreach (var rule in Table)
        {
            if (rule.Id == id)
            {
                return rule.Title;
            }
        }

        return ContractNamesOf(id);
    }

    private static string ContractNamesOf(DifferentialId id) => Plans.ContractNames.Of(id);
}
