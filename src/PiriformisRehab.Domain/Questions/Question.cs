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
    IReadOnlyList<QuestionOption> Options);

/// <summary>One allowed value of an enum question and its label.</summary>
public sealed record QuestionOption(string Value, string Label);

/// <summary>A group of questions asked together (safety screen first).</summary>
public sealed record QuestionSection(string Id, string Title, string Intro);
