using System.Collections.Frozen;
using System.Globalization;

namespace PiriformisRehab.Domain.Questions;

/// <summary>
/// Validates raw answers against the question catalogue. Collects every problem, keyed by the
/// question id, and never throws: whatever a client sends becomes answers or a list of errors.
/// </summary>
public sealed class AnswerParser
{
    private static readonly FrozenDictionary<string, int> Slots =
        AnswerAccessors.InOrder.Select((x, i) => (x.Id, i)).ToFrozenDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);

    private static readonly (int Slot, int Bit)[] BoolSlots =
        [.. AnswerAccessors.Bits.Select(x => (Slots[x.Key], (int)x.Value))];

    private readonly QuestionCatalog _catalog;

    /// <summary>Creates a parser for the questions of <paramref name="catalog"/>.</summary>
    public AnswerParser(QuestionCatalog catalog) => _catalog = catalog;

    /// <summary>Validates answers given as (question id, raw value) pairs.</summary>
    public AnswerParseResult Parse(IEnumerable<KeyValuePair<string, AnswerInput>> inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var values = new object?[Slots.Count];
        var seen = new bool[Slots.Count];
        Dictionary<string, string[]>? errors = null;

        foreach (var (id, input) in inputs)
        {
            var problem = Check(id, input, seen, out var value);
            if (problem is not null)
            {
                errors ??= new Dictionary<string, string[]>(StringComparer.Ordinal);
                errors[id] = [problem];
                continue;
            }

            values[Slots[id]] = value;
        }

        return errors is null
            ? new AnswerParseResult(FromSlots(values), EmptyErrors)
            : new AnswerParseResult(null, errors);
    }

    private static readonly IReadOnlyDictionary<string, string[]> EmptyErrors =
        FrozenDictionary<string, string[]>.Empty;

    private string? Check(string id, AnswerInput input, bool[] seen, out object? value)
    {
        value = null;
        if (id is null || !Slots.TryGetValue(id, out var slot) || _catalog.Find(id) is not { } question)
        {
            return $"'{id}' is not a question of this self-check.";
        }

        if (seen[slot])
        {
            return "This question was answered more than once.";
        }

        seen[slot] = true;
        if (input.Kind == AnswerInputKind.Null)
        {
            return null; // Explicit null means "not given", which every question allows.
        }

        switch (question.Type)
        {
            case QuestionType.Bool:
                if (input.Kind == AnswerInputKind.Bool)
                {
                    value = input.Bool ? BoolAnswer.Yes : BoolAnswer.No;
                    return null;
                }

                if (input.Kind == AnswerInputKind.String && input.Text == Answers.NotSureValue)
                {
                    if (!question.AcceptsNotSure)
                    {
                        // A warning sign must be answered plainly (spec 5.2): the wizard asks for Yes or No.
                        return "This is a safety question: answer true or false ('notSure' is not accepted here).";
                    }

                    value = BoolAnswer.NotSure;
                    return null;
                }

                return question.AcceptsNotSure ? "Answer true, false or \"notSure\"." : "Answer true or false.";

            case QuestionType.Int:
                var range = string.Create(CultureInfo.InvariantCulture, $"Give a whole number from {question.Min} to {question.Max}.");
                if (input.Kind != AnswerInputKind.Number || input.Integer is not long n)
                {
                    return range;
                }

                if (n < question.Min || n > question.Max)
                {
                    return range;
                }

                value = (int)n;
                return null;

            default:
                if (input.Kind == AnswerInputKind.String && Enums.TryParse(id, input.Text, out var choice))
                {
                    value = choice;
                    return null;
                }

                return "Choose one of: " + string.Join(", ", question.Options.Select(o => o.Value)) + ".";
        }
    }

    private static Answers FromSlots(object?[] v)
    {
        ulong yes = 0, no = 0, notSure = 0;
        foreach (var (slot, bit) in BoolSlots)
        {
            var mask = 1UL << bit;
            switch (v[slot])
            {
                case BoolAnswer.Yes: yes |= mask; break;
                case BoolAnswer.No: no |= mask; break;
                case BoolAnswer.NotSure: notSure |= mask; break;
            }
        }

        var values = new Answers
        {
            PainNow = v[Slots[QuestionIds.PainNow]] as int?,
            PainWorst = v[Slots[QuestionIds.PainWorst]] as int?,
            SettleTime = v[Slots[QuestionIds.SettleTime]] as SettleTime?,
            SittingToleranceMinutes = v[Slots[QuestionIds.SittingToleranceMinutes]] as int?,
            DurationWeeks = v[Slots[QuestionIds.DurationWeeks]] as int?,
            RunningStatus = v[Slots[QuestionIds.RunningStatus]] as RunningStatus?,
            Age = v[Slots[QuestionIds.Age]] as int?,
        };
        return Answers.FromMasks(yes, no, notSure, values);
    }
}
