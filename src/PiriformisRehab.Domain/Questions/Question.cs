namespace PiriformisRehab.Domain.Questions;

/// <summary>One question of the self-check, with its contract id, type, range and plain-language wording.</summary>
public sealed record Question(
    string Id,
    string Section,
    QuestionType Type,
    string Text,
    string? Hint,
    string WhyWeAsk,
    int? Min,
    int? Max,
    string? Unit,
    IReadOnlyList<QuestionOption> Options)
{
    /// <summary>For a follow-up, the yes/no question whose "yes" makes it asked (spec 5.1); null otherwise.</summary>
    public string? Parent { get; init; }

    /// <summary>True for yes/no questions outside the safety screen, which also accept "notSure" (spec 5.2).</summary>
    public bool AcceptsNotSure => Type == QuestionType.Bool && Section != "safety";
}

/// <summary>One allowed value of an enum question and its label.</summary>
public sealed record QuestionOption(string Value, string Label);

/// <summary>A group of questions asked together (safety screen first).</summary>
public sealed record QuestionSection(string Id, string Title, string Intro);
