using System.Text.Json;
using PiriformisRehab.Domain.Plans;
using PiriformisRehab.Domain.Recovery;
using PiriformisRehab.Web.Data.Entities;

namespace PiriformisRehab.Web.Features.Common;

/// <summary>Converts between the stored check-in row and the Domain's check-in.</summary>
public static class CheckInMapping
{
    /// <summary>A new row for a parsed check-in; exactly one of the two diary ids is set by the caller.</summary>
    public static CheckInEntry ToEntry(CheckIn c, Rescreen rescreen, DateTimeOffset recordedAt)
    {
        ArgumentNullException.ThrowIfNull(c);
        ArgumentNullException.ThrowIfNull(rescreen);
        return new CheckInEntry
        {
            Id = Guid.CreateVersion7(recordedAt),
            SessionDate = c.SessionDate,
            RecordedAt = recordedAt,
            PainNow = c.PainNow,
            PainWorst = c.PainWorst,
            MorningAfter = c.MorningAfter is { } m ? Choices.Of(m) : null,
            ExercisePain = c.ExercisePain,
            SittingMinutes = c.SittingMinutes,
            Activity = Choices.Of(c.Activity),
            WalkRunPhase = c.WalkRunPhase,
            RunMinutes = c.RunMinutes,
            RunPain = c.RunPain,
            ExercisesDoneJson = JsonSerializer.Serialize(c.ExercisesDone, DiaryJsonContext.Default.IReadOnlyListString),
            Note = c.Note,
            RedFlagsJson = JsonSerializer.Serialize(c.RedFlagAnswers, DiaryJsonContext.Default.IReadOnlyListString),
            Triage = ContractNames.Of(rescreen.Triage),
            ClinicianCleared = c.ClinicianCleared,
        };
    }

    /// <summary>The Domain check-in of a stored row.</summary>
    public static CheckIn ToCheckIn(CheckInEntry e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return new CheckIn(
            e.SessionDate,
            e.PainNow,
            e.PainWorst,
            e.MorningAfter is null ? null : Choices.Morning(e.MorningAfter),
            e.ExercisePain,
            e.SittingMinutes,
            Choices.Activity(e.Activity) ?? RunActivity.None,
            e.WalkRunPhase,
            e.RunMinutes,
            e.RunPain,
            JsonSerializer.Deserialize(e.ExercisesDoneJson, DiaryJsonContext.Default.IReadOnlyListString) ?? [],
            e.Note,
            JsonSerializer.Deserialize(e.RedFlagsJson, DiaryJsonContext.Default.IReadOnlyListString) ?? [],
            e.ClinicianCleared)
        {
            RecordedAt = e.RecordedAt,
        };
    }
}
