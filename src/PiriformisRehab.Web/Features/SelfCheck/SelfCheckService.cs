using PiriformisRehab.Domain;
using PiriformisRehab.Domain.Questions;
using PiriformisRehab.Domain.Rules;

namespace PiriformisRehab.Web.Features.SelfCheck;

/// <summary>Connects the wizard to the engine: the same validation and rules as the API.</summary>
public sealed class SelfCheckService(QuestionCatalog catalog, AnswerParser parser, AssessmentEngine engine)
{
    public QuestionCatalog Catalog => catalog;

    public AnswerParseResult Validate(AnswerDraft draft) => parser.Parse(draft.ToInputs(catalog));

    /// <summary>
    /// The red flags the draft raises so far, from one parse: emergency ones stop the wizard at
    /// once; urgent ones let the runner finish and lead the result.
    /// </summary>
    public (IReadOnlyList<RedFlag> Emergency, IReadOnlyList<RedFlag> Urgent) RedFlags(AnswerDraft draft)
    {
        var parsed = Validate(draft);
        if (parsed.Answers is null)
        {
            return ([], []);
        }

        var flags = RedFlagRules.Evaluate(parsed.Answers);
        return ([.. flags.Where(f => f.Level == ConcernLevel.Emergency)], [.. flags.Where(f => f.Level == ConcernLevel.Urgent)]);
    }

    public AssessmentResult? Evaluate(AnswerDraft draft, bool clinicianCleared, out IReadOnlyDictionary<string, string[]> errors)
    {
        var parsed = Validate(draft);
        errors = parsed.Errors;
        return parsed.Answers is null ? null : engine.Evaluate(parsed.Answers, clinicianCleared);
    }

    /// <summary>A human-readable form of one stored answer ("Yes", "7/10", "Within hours").</summary>
    public string Describe(string questionId, string raw)
    {
        var question = catalog.Find(questionId);
        return question?.Type switch
        {
            QuestionType.Bool => raw == "true" ? "Yes" : "No",
            QuestionType.Enum => question.Options.FirstOrDefault(o => o.Value == raw)?.Label ?? raw,
            QuestionType.Int when question.Unit == "/10" => raw + "/10",
            QuestionType.Int => $"{raw} {question.Unit}",
            _ => raw,
        };
    }
}
