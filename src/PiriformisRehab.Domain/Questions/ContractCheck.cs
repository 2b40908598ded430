namespace PiriformisRehab.Domain.Questions;

/// <summary>The contract of spec section 2 as data: the seed must match it exactly.</summary>
internal static class ContractCheck
{
    private static readonly (string Id, QuestionType Type, int? Min, int? Max, string[]? Options)[] Contract =
    [
        .. BoolIds().Select(id => (id, QuestionType.Bool, (int?)null, (int?)null, (string[]?)null)),
        (QuestionIds.PainNow, QuestionType.Int, 0, 10, null),
        (QuestionIds.PainWorst, QuestionType.Int, 0, 10, null),
        (QuestionIds.SettleTime, QuestionType.Enum, null, null, ["minutes", "hours", "nextDay"]),
        (QuestionIds.SittingToleranceMinutes, QuestionType.Int, 0, 600, null),
        (QuestionIds.DurationWeeks, QuestionType.Int, 0, 520, null),
        (QuestionIds.RunningStatus, QuestionType.Enum, null, null, ["runningPainFree", "runningWithPain", "stopped"]),
        (QuestionIds.Age, QuestionType.Int, 10, 110, null),
    ];

    public static readonly string[] SectionOrder = ["safety", "core", "supporting", "context"];

    private static IEnumerable<string> BoolIds() =>
        AnswerAccessors.InOrder.Take(28).Select(x => x.Id);

    public static void Verify(IReadOnlyList<Question> questions, IReadOnlyList<string> sections)
    {
        if (!sections.SequenceEqual(SectionOrder))
        {
            throw new InvalidDataException("seeds/questions.json: sections must be " + string.Join(", ", SectionOrder) + ".");
        }

        if (questions.Count != Contract.Length)
        {
            throw new InvalidDataException($"seeds/questions.json: expected {Contract.Length} questions, found {questions.Count}.");
        }

        for (var i = 0; i < Contract.Length; i++)
        {
            var (id, type, min, max, options) = Contract[i];
            var q = questions[i];
            var fits = q.Id == id && q.Type == type && q.Min == min && q.Max == max
                && (options ?? []).SequenceEqual(q.Options.Select(o => o.Value))
                && sections.Contains(q.Section)
                && !string.IsNullOrWhiteSpace(q.Text) && !string.IsNullOrWhiteSpace(q.WhyWeAsk);
            if (!fits)
            {
                throw new InvalidDataException($"seeds/questions.json: question {i + 1} ('{q.Id}') does not match the contract for '{id}'.");
            }
        }
    }
}
