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

    /// <summary>
    /// For a number the runner may not know (sitting tolerance, duration): the wizard offers
    /// "I do not know", which leaves the answer not given (spec 5.2).
    /// </summary>
    public bool AllowsDontKnow { get; init; }

    /// <summary>True for yes/no questions outside the safety screen, which also accept "notSure" (spec 5.2).</summary>
    public bool AcceptsNotSure => Type == QuestionType.Bool && Section != "safety";
}

/// <summary>One allowed value of an enum question and its label.</summary>
public sealed record QuestionOption(string Value, string Label);

/// <summary>
/// One page of the wizard: at most five questions on one topic, a follow-up on its parent's page.
/// Its id is the last segment of the page's address (/check/{id}).
/// </summary>
public sealed record QuestionPage(string Id, string Section, string Title, string Intro, IReadOnlyList<string> QuestionIds);

/// <summary>A group of questions asked together (safety screen first).</summary>
public sealed record QuestionSection(string Id, string Title, string Intro);
