using PiriformisRehab.Domain.Questions;

namespace PiriformisRehab.Domain.Tests.Infrastructure;

/// <summary>
/// Builds answers from the yes/no question ids answered yes, so theory rows can name clinical
/// pictures by contract id (strings serialise; Answers objects do not). Numbers and choices are
/// added by the caller with a <c>with</c> expression.
/// </summary>
internal static class Answered
{
    public static Answers Yes(params string[] ids) => new Answers().WithYes(ids);

    /// <summary>These answers with the given yes/no questions also answered yes.</summary>
    public static Answers WithYes(this Answers answers, params string[] ids)
    {
        foreach (var id in ids)
        {
            answers = answers.With(id, BoolAnswer.Yes);
        }

        return answers;
    }

    /// <summary>These answers with the given yes/no questions answered no.</summary>
    public static Answers WithNo(this Answers answers, params string[] ids)
    {
        foreach (var id in ids)
        {
            answers = answers.With(id, BoolAnswer.No);
        }

        return answers;
    }

    /// <summary>These answers with the given yes/no questions answered "not sure".</summary>
    public static Answers WithNotSure(this Answers answers, params string[] ids)
    {
        foreach (var id in ids)
        {
            answers = answers.With(id, BoolAnswer.NotSure);
        }

        return answers;
    }

    /// <summary>Every core and supporting question answered no except those given as yes: a fully answered picture.</summary>
    public static Answers AllAnsweredYes(params string[] ids) =>
        new Answers().WithNo([.. QuestionCatalog.Default.Questions.Where(q => q.Type == QuestionType.Bool).Select(q => q.Id)]).WithYes(ids);
}
