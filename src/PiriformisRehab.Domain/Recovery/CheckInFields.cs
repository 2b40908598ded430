namespace PiriformisRehab.Domain.Recovery;

/// <summary>The field names of a check-in, shared by the form, the errors and the CSV header.</summary>
public static class CheckInFields
{
#pragma warning disable CS1591 // Each constant is a field name.
    public const string SessionDate = "sessionDate";
    public const string PainNow = "painNow";
    public const string PainWorst = "painWorst";
    public const string MorningAfter = "morningAfter";
    public const string ExercisePain = "exercisePain";
    public const string SittingMinutes = "sittingMinutes";
    public const string Activity = "activity";
    public const string WalkRunPhase = "walkRunPhase";
    public const string RunMinutes = "runMinutes";
    public const string RunPain = "runPain";
    public const string ExercisesDone = "exercisesDone";
    public const string Note = "note";
    public const string RedFlags = "redFlags";
    public const string AnythingNew = "anythingNew";
    public const string ClinicianCleared = "clinicianCleared";
#pragma warning restore CS1591

    /// <summary>Longest note kept, in characters.</summary>
    public const int MaxNoteLength = 1000;

    /// <summary>Longest sitting tolerance accepted, in minutes (12 hours).</summary>
    public const int MaxSittingMinutes = 720;

    /// <summary>Longest walk or run accepted, in minutes.</summary>
    public const int MaxRunMinutes = 300;

    /// <summary>How far back a session may be logged, in days.</summary>
    public const int MaxDaysBack = 365;
}
