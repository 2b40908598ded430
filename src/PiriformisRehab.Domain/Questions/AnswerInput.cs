using System.Text.Json;

namespace PiriformisRehab.Domain.Questions;

/// <summary>What kind of raw value a client sent for one answer.</summary>
public enum AnswerInputKind
{
    /// <summary>An explicit null: the answer is not given.</summary>
    Null,
    /// <summary>true or false.</summary>
    Bool,
    /// <summary>A number; <see cref="AnswerInput.Integer"/> is set only when it is a whole number that fits.</summary>
    Number,
    /// <summary>A string.</summary>
    String,
    /// <summary>Anything else (an object or an array).</summary>
    Other,
}

/// <summary>
/// One raw answer before validation, independent of where it came from (JSON body, wizard,
/// stored draft), so there is a single validation path.
/// </summary>
public readonly record struct AnswerInput(AnswerInputKind Kind, bool Bool = false, long? Integer = null, string? Text = null)
{
    /// <summary>Not given.</summary>
    public static AnswerInput Null => new(AnswerInputKind.Null);

    /// <summary>A yes/no answer.</summary>
    public static AnswerInput Of(bool value) => new(AnswerInputKind.Bool, Bool: value);

    /// <summary>A whole-number answer.</summary>
    public static AnswerInput Of(int value) => new(AnswerInputKind.Number, Integer: value);

    /// <summary>A choice (enum value) answer.</summary>
    public static AnswerInput Of(string value) => new(AnswerInputKind.String, Text: value);

    /// <summary>Reads one JSON value without throwing, whatever it is.</summary>
    public static AnswerInput FromJson(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Null => Null,
        JsonValueKind.True => Of(true),
        JsonValueKind.False => Of(false),
        JsonValueKind.String => Of(element.GetString() ?? string.Empty),
        // TryGetInt64 fails for 4.5 and 1e400: both become "not a whole number".
        JsonValueKind.Number => new(AnswerInputKind.Number, Integer: element.TryGetInt64(out var n) ? n : null),
        _ => new(AnswerInputKind.Other),
    };
}
