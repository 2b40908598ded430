using PiriformisRehab.Domain;
using PiriformisRehab.Domain.Questions;
using PiriformisRehab.Domain.Rules;

namespace PiriformisRehab.Web.Features.SelfCheck;

/// <summary>Connects the wizard to the engine: the same validation and rules as the API.</summary>
public sealed class SelfCheckService(QuestionCatalog catalog, AnswerParser parser, AssessmentEngine engine)
{
    public QuestionCatalog Catalog => catalog;

    public AnswerParseResult Validate(AnswerDraft draft) => parser.Parse(draft.ToInputs(catalog));

    /// <summary>The emergency red flags the draft raises so far (they stop the wizard at once).</summary>
    public IReadOnlyList<RedFlag> EmergencyFlags(AnswerDraft draft)
    {
        var parsed = Validate(draft);
        return parsed.Answers is null
            ? []
            : [.. RedFlagRules.Evaluate(parsed.Answers).Where(f => f.Level == ConcernLevel.Emergency)];
    }

    /// <summary>Urgent red flags so far (the runner may finish; the result leads with them).</summary>
    public IReadOnlyList<RedFlag> UrgentFlags(AnswerDraft draft)
    {
        var parsed = Validate(draft);
        return parsed.Answers is null
            ? []
            : [.. RedFlagRules.Evaluate(parsed.Answers).Where(f => f.Level == ConcernLevel.Urgent)];
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
