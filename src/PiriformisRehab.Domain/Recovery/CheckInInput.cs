namespace PiriformisRehab.Domain.Recovery;

/// <summary>
/// A check-in as it arrives from a form: every value as the text typed or chosen, so that one
/// parser checks all of it and nothing is trusted before it has been checked.
/// </summary>
public sealed class CheckInInput
{
#pragma warning disable CS1591 // Each property is the raw value of the field of the same name in CheckInFields.
    public string? SessionDate { get; set; }
    public string? PainNow { get; set; }
    public string? PainWorst { get; set; }
    public string? MorningAfter { get; set; }
    public string? ExercisePain { get; set; }
    public string? SittingMinutes { get; set; }
    public string? Activity { get; set; }
    public string? WalkRunPhase { get; set; }
    public string? RunMinutes { get; set; }
    public string? RunPain { get; set; }
    public string? Note { get; set; }
    public IList<string> ExercisesDone { get; set; } = [];
    public IList<string> RedFlags { get; set; } = [];
    /// <summary>"yes" or "no" to "Anything new?"; never pre-answered (spec 5.11 b).</summary>
    public string? AnythingNew { get; set; }
    public bool ClinicianCleared { get; set; }
#pragma warning restore CS1591
}

/// <summary>A parsed check-in, or every problem keyed by field name (never both).</summary>
public sealed record CheckInParseResult(CheckIn? CheckIn, IReadOnlyDictionary<string, string> Errors)
{
    /// <summary>
    /// The safety-question ids answered yes whenever that part of the form was itself valid, even
    /// when other fields have errors: a warning sign acts first (spec 5.11 a).
    /// </summary>
    public IReadOnlyList<string> WarningSigns { get; init; } = [];

    /// <summary>The session date when it was valid, whatever else was wrong.</summary>
    public DateOnly? SessionDate { get; init; }

    /// <summary>True when there is no problem and <see cref="CheckIn"/> is set.</summary>
    public bool IsValid => CheckIn is not null;
}
