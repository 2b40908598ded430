using PiriformisRehab.Domain.Questions;

namespace PiriformisRehab.Domain.Rules;

/// <summary>
/// The answers a result must not read as "all clear" (spec 5.2): questions answered "not sure",
/// and core and supporting questions left unanswered (a follow-up only when its parent is yes).
/// </summary>
public static class AnswerGapRules
{
    private static readonly (string Id, Answers.Bit Bit, bool CoreOrSupporting)[] BoolsInOrder =
    [
        .. QuestionCatalog.Default.Questions
            .Where(q => q.Type == QuestionType.Bool)
            .Select(q => (q.Id, AnswerAccessors.Bits[q.Id], q.Section is "core" or "supporting")),
    ];

    /// <summary>Ids answered "not sure", in catalogue order.</summary>
    public static IReadOnlyList<string> Unsure(Answers answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        List<string>? ids = null;
        foreach (var (id, bit, _) in BoolsInOrder)
        {
            if (answers.StateOf(bit) == BoolAnswer.NotSure)
            {
                (ids ??= []).Add(id);
            }
        }

        return ids ?? (IReadOnlyList<string>)[];
    }

    /// <summary>Core and supporting ids with no answer, in catalogue order.</summary>
    public static IReadOnlyList<string> Unanswered(Answers answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        List<string>? ids = null;
        foreach (var (id, bit, coreOrSupporting) in BoolsInOrder)
        {
            if (coreOrSupporting && answers.StateOf(bit) == BoolAnswer.Unanswered && answers.IsOpen(bit))
            {
                (ids ??= []).Add(id);
            }
        }

        return ids ?? (IReadOnlyList<string>)[];
    }

    /// <summary>Said only when no differential is raised and none is left open.</summary>
    public const string NothingElse = "Your answers did not point to another common cause of buttock pain.";

    /// <summary>What the result says about other causes.</summary>
    public static string OtherCauses(IReadOnlyList<Differential> differentials, IReadOnlyList<NotRuledOut> notRuledOut)
    {
        ArgumentNullException.ThrowIfNull(differentials);
        ArgumentNullException.ThrowIfNull(notRuledOut);
        if (notRuledOut.Count > 0)
        {
            return "Some questions were answered \"not sure\" or left out, so these causes are not ruled out: "
                + string.Join("; ", notRuledOut.Select(n => DifferentialRules.TitleOf(n.Id)))
                + ". A physio or GP can check them.";
        }

        return differentials.Count == 0 ? NothingElse : "Your answers point to the other causes listed here.";
    }
}
