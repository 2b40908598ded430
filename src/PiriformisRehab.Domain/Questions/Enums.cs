namespace PiriformisRehab.Domain.Questions;

/// <summary>The contract's camelCase enum strings, matched exactly (no case folding, no numbers).</summary>
internal static class Enums
{
    public static bool TryParse(string questionId, string? text, out object? value)
    {
        value = (questionId, text) switch
        {
            (QuestionIds.SettleTime, "minutes") => SettleTime.Minutes,
            (QuestionIds.SettleTime, "hours") => SettleTime.Hours,
            (QuestionIds.SettleTime, "nextDay") => SettleTime.NextDay,
            (QuestionIds.RunningStatus, "runningPainFree") => RunningStatus.RunningPainFree,
            (QuestionIds.RunningStatus, "runningWithPain") => RunningStatus.RunningWithPain,
            (QuestionIds.RunningStatus, "stopped") => RunningStatus.Stopped,
            _ => null,
        };
        return value is not null;
    }

    /// <summary>The contract string of an enum answer value.</summary>
    public static string ToContract(object value) => value switch
    {
        SettleTime.Minutes => "minutes",
        SettleTime.Hours => "hours",
        SettleTime.NextDay => "nextDay",
        RunningStatus.RunningPainFree => "runningPainFree",
        RunningStatus.RunningWithPain => "runningWithPain",
        RunningStatus.Stopped => "stopped",
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, "Not an answer enum."),
    };
}
