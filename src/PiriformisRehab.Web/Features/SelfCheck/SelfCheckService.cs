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

        // A follow-up shown but not answered yet may still soften its parent's flag (both legs, but
        // long-standing): read it as yes until answered, so the wizard waits for it before stopping.
        var answers = parsed.Answers;
        foreach (var q in catalog.Questions)
        {
            if (q.Parent is not null && IsAsked(draft, q) && draft.Get(q.Id) is null)
            {
                answers = answers.With(q.Id, BoolAnswer.Yes);
            }
        }

        var flags = RedFlagRules.Evaluate(answers);
        return ([.. flags.Where(f => f.Level == ConcernLevel.Emergency)], [.. flags.Where(f => f.Level == ConcernLevel.Urgent)]);
    }

    public AssessmentResult? Evaluate(AnswerDraft draft, bool clinicianCleared, out IReadOnlyDictionary<string, string[]> errors)
    {
        var parsed = Validate(draft);
        errors = parsed.Errors;
        return parsed.Answers is null ? null : engine.Evaluate(parsed.Answers, clinicianCleared);
    }

    /// <summary>A follow-up is asked only when its parent was answered yes (spec 5.1); every other question always is.</summary>
    public bool IsAsked(AnswerDraft draft, Question question)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(question);
        return question.Parent is null || draft.Get(question.Parent) == "true";
    }

    /// <summary>A human-readable form of one stored answer ("Yes", "Not sure", "7/10", "Within hours").</summary>
    public string Describe(string questionId, string raw)
    {
        var question = catalog.Find(questionId);
        return question?.Type switch
        {
            QuestionType.Bool => raw switch
            {
                "true" => "Yes",
                Answers.NotSureValue => "Not sure",
                _ => "No",
            },
            QuestionType.Int when raw == AnswerDraft.DontKnowValue => "I do not know",
            QuestionType.Enum => question.Options.FirstOrDefault(o => o.Value == raw)?.Label ?? raw,
            QuestionType.Int when question.Unit == "/10" => raw + "/10",
            QuestionType.Int => $"{raw} {question.Unit}",
            _ => raw,
        };
    }
}
