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
                if (input.Kind != AnswerInputKind.Bool)
                {
                    return "Answer true or false.";
                }

                value = input.Bool;
                return null;

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

    // The order of these lines follows AnswerAccessors.InOrder (the slots).
    private static Answers FromSlots(object?[] v) => new()
    {
        SaddleNumbness = v[0] is true,
        BladderBowelChange = v[1] is true,
        ProgressiveWeakness = v[2] is true,
        BothLegsSymptoms = v[3] is true,
        FeverOrUnwell = v[4] is true,
        ImmunosuppressedOrIvDrugUse = v[5] is true,
        CancerHistory = v[6] is true,
        UnexplainedWeightLoss = v[7] is true,
        NightPainUnrelenting = v[8] is true,
        SignificantTrauma = v[9] is true,
        OsteoporosisOrSteroids = v[10] is true,
        GroinPainWeightBearing = v[11] is true,
        PainOnImpact = v[12] is true,
        ButtockPain = v[13] is true,
        SciaticNotchTenderness = v[14] is true,
        WorseSitting = v[15] is true,
        WorseOnPiriformisStretch = v[16] is true,
        PainRadiatesThigh = v[17] is true,
        PainBelowKnee = v[18] is true,
        NumbnessOrTingling = v[19] is true,
        HipDropOrWeakGlutes = v[20] is true,
        BackPainDominant = v[21] is true,
        WorseCoughSneeze = v[22] is true,
        PelvicDimplePain = v[23] is true,
        WorseBendingForward = v[24] is true,
        SittingBonePain = v[25] is true,
        OuterHipPain = v[26] is true,
        GroinPainDeepFlexion = v[27] is true,
        PainNow = v[28] as int?,
        PainWorst = v[29] as int?,
        SettleTime = v[30] as SettleTime?,
        SittingToleranceMinutes = v[31] as int?,
        DurationWeeks = v[32] as int?,
        RunningStatus = v[33] as RunningStatus?,
        Age = v[34] as int?,
    };
}
