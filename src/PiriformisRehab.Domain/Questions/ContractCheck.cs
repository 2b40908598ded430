using Q = PiriformisRehab.Domain.Questions.QuestionIds;

namespace PiriformisRehab.Domain.Questions;

/// <summary>The contract of spec sections 2 and 5.1 as data: the seed must match it exactly, in this order.</summary>
internal static class ContractCheck
{
    private sealed record Expected(string Id, string Section, QuestionType Type, int? Min = null, int? Max = null, string[]? Options = null, string? Parent = null);

    private static Expected Bool(string id, string section, string? parent = null) => new(id, section, QuestionType.Bool, Parent: parent);

    private static readonly Expected[] Contract =
    [
        Bool(Q.SaddleNumbness, "safety"),
        Bool(Q.BladderBowelChange, "safety"),
        Bool(Q.ProgressiveWeakness, "safety"),
        Bool(Q.BothLegsSymptoms, "safety"),
        Bool(Q.BothLegsLongStanding, "safety", Q.BothLegsSymptoms),
        Bool(Q.FeverOrUnwell, "safety"),
        Bool(Q.ImmunosuppressedOrIvDrugUse, "safety"),
        Bool(Q.CancerHistory, "safety"),
        Bool(Q.UnexplainedWeightLoss, "safety"),
        Bool(Q.NightPainUnrelenting, "safety"),
        Bool(Q.SignificantTrauma, "safety"),
        Bool(Q.OsteoporosisOrSteroids, "safety"),
        Bool(Q.GroinPainWeightBearing, "safety"),
        Bool(Q.PainOnImpact, "safety"),
        Bool(Q.CannotBearWeight, "safety"),
        Bool(Q.SuddenOnsetInjury, "safety"),
        Bool(Q.WorseningDespiteRest, "safety"),
        Bool(Q.ButtockPain, "core"),
        Bool(Q.SciaticNotchTenderness, "core"),
        Bool(Q.WorseSitting, "core"),
        Bool(Q.WorseOnPiriformisStretch, "core"),
        Bool(Q.PainRadiatesThigh, "supporting"),
        Bool(Q.PainBelowKnee, "supporting"),
        Bool(Q.NumbnessOrTingling, "supporting"),
        Bool(Q.HipDropOrWeakGlutes, "supporting"),
        Bool(Q.BackPainDominant, "supporting"),
        Bool(Q.WorseCoughSneeze, "supporting"),
        Bool(Q.PelvicDimplePain, "supporting"),
        Bool(Q.WorseBendingForward, "supporting"),
        Bool(Q.SittingBonePain, "supporting"),
        Bool(Q.OuterHipPain, "supporting"),
        Bool(Q.GroinPainDeepFlexion, "supporting"),
        Bool(Q.FrontThighPain, "supporting"),
        Bool(Q.MorningStiffness, "supporting"),
        Bool(Q.PainOnlyAtEffort, "supporting"),
        Bool(Q.PerinealPainSitting, "supporting", Q.WorseSitting),
        Bool(Q.PainLongStrides, "supporting"),
        new(Q.PainNow, "context", QuestionType.Int, 0, 10),
        new(Q.PainWorst, "context", QuestionType.Int, 0, 10),
        new(Q.SettleTime, "context", QuestionType.Enum, Options: ["minutes", "hours", "nextDay"]),
        new(Q.SittingToleranceMinutes, "context", QuestionType.Int, 0, 600),
        new(Q.DurationWeeks, "context", QuestionType.Int, 0, 520),
        new(Q.RunningStatus, "context", QuestionType.Enum, Options: ["runningPainFree", "runningWithPain", "stopped"]),
        new(Q.Age, "context", QuestionType.Int, 10, 110),
        Bool(Q.PreviousStressFracture, "context"),
        Bool(Q.PeriodsIrregular, "context"),
        Bool(Q.RecentTrainingJump, "context"),
    ];

    public static readonly string[] SectionOrder = ["safety", "core", "supporting", "context"];

    public static void Verify(IReadOnlyList<Question> questions, IReadOnlyList<string> sections)
    {
        if (!sections.SequenceEqual(SectionOrder))
        {
            throw new InvalidDataException("seeds/questions.json: sections must be " + string.Join(", ", SectionOrder) + ".");
        }

        if (questions.Count != Contract.Length || AnswerAccessors.InOrder.Count != Contract.Length)
        {
            throw new InvalidDataException($"seeds/questions.json: expected {Contract.Length} questions, found {questions.Count}.");
        }

        for (var i = 0; i < Contract.Length; i++)
        {
            var e = Contract[i];
            var q = questions[i];
            var fits = q.Id == e.Id && AnswerAccessors.InOrder[i].Id == e.Id && q.Section == e.Section && q.Type == e.Type
                && q.Min == e.Min && q.Max == e.Max && q.Parent == e.Parent
                && (e.Options ?? []).SequenceEqual(q.Options.Select(o => o.Value))
                && !string.IsNullOrWhiteSpace(q.Text) && !string.IsNullOrWhiteSpace(q.WhyWeAsk);
            if (!fits)
            {
                throw new InvalidDataException($"seeds/questions.json: question {i + 1} ('{q.Id}') does not match the contract for '{e.Id}'.");
            }
        }
    }

    /// <summary>The most questions one wizard page may show, follow-ups included (short pages, issue 11).</summary>
    public const int MaxQuestionsPerPage = 5;

    /// <summary>
    /// Pages are layout, not contract, but they must keep the wizard's promises: every question on
    /// exactly one page, at most five a page, a follow-up right after its parent, one section a
    /// page except a follow-up beside its parent, and the safety screen's pages before any other.
    /// </summary>
    public static void VerifyPages(IReadOnlyList<QuestionPage> pages, IReadOnlyList<Question> questions)
    {
        var byId = questions.ToDictionary(q => q.Id, StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pageIds = new HashSet<string>(StringComparer.Ordinal);
        var safetyOver = false;
        foreach (var page in pages)
        {
            void Fail(string why) => throw new InvalidDataException($"seeds/questions.json: page '{page.Id}' {why}.");
            if (!pageIds.Add(page.Id) || page.Id.Length == 0 || !page.Id.All(c => c is (>= 'a' and <= 'z') or '-'))
            {
                Fail("needs a unique id of lower-case letters and hyphens");
            }

            if (page.QuestionIds.Count is 0 or > MaxQuestionsPerPage)
            {
                Fail($"must hold 1 to {MaxQuestionsPerPage} questions");
            }

            safetyOver |= page.Section != "safety";
            if (safetyOver && page.Section == "safety")
            {
                Fail("is a safety page after a page of another section");
            }

            for (var i = 0; i < page.QuestionIds.Count; i++)
            {
                if (!byId.TryGetValue(page.QuestionIds[i], out var q) || !seen.Add(q.Id))
                {
                    Fail($"lists '{page.QuestionIds[i]}', which is unknown or on another page");
                }

                var question = byId[page.QuestionIds[i]];
                if (question.Parent is not null ? i == 0 || page.QuestionIds[i - 1] != question.Parent : question.Section != page.Section)
                {
                    Fail($"places '{question.Id}' away from its section or its parent");
                }
            }
        }

        if (seen.Count != questions.Count)
        {
            throw new InvalidDataException("seeds/questions.json: every question must be on a page; missing " + string.Join(", ", questions.Select(q => q.Id).Where(id => !seen.Contains(id))) + ".");
        }
    }
}
