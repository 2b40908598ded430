namespace PiriformisRehab.Domain.Questions;

/// <summary>How a question is answered.</summary>
public enum QuestionType
{
    /// <summary>Yes or no; omitted means no.</summary>
    Bool,
    /// <summary>A whole number within the question's range; omitted means not given.</summary>
    Int,
    /// <summary>One of the question's option values; omitted means not given.</summary>
    Enum,
}
