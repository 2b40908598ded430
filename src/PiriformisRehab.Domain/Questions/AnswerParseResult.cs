namespace PiriformisRehab.Domain.Questions;

/// <summary>The outcome of validating raw answers: either answers, or every problem keyed by question id.</summary>
public sealed record AnswerParseResult(Answers? Answers, IReadOnlyDictionary<string, string[]> Errors)
{
    /// <summary>True when there is no problem and <see cref="Answers"/> is set.</summary>
    public bool IsValid => Answers is not null;
}
