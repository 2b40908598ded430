namespace PiriformisRehab.Web.Data.Entities;

/// <summary>
/// One patient's row of the clinic list, worked out by the recovery engine and kept so a page of
/// the list reads a page of these rows instead of every check-in (ADR-009). It is only a copy: it
/// holds the <see cref="Patient.DiaryRevision"/>, day and rules version it was worked out for, and
/// the list works it out again whenever any of them has moved on.
/// </summary>
public sealed class ClinicListEntry
{
    public Guid PatientId { get; set; }

    /// <summary>The patient's <see cref="Patient.DiaryRevision"/> read before the diaries were.</summary>
    public long Revision { get; set; }

    /// <summary>The day (<see cref="DateOnly.DayNumber"/>) it was worked out for: "no check-in for 14 days" moves with the calendar.</summary>
    public int ComputedOnDay { get; set; }

    /// <summary>UTC ticks of the moment the newest usable link expires, after which the row is redone; 0 when none can.</summary>
    public long StaleAtTicks { get; set; }

    /// <summary>Which version of the list's rules wrote it (see ClinicListRules.Version).</summary>
    public int RulesVersion { get; set; }

    /// <summary>The label in lower case (invariant), so a search matches the same way on every provider.</summary>
    public string LabelKey { get; set; } = string.Empty;

    /// <summary>0: an alert not yet acknowledged; 1: every alert acknowledged; 2: no alert.</summary>
    public int SortGroup { get; set; }

    /// <summary>The most serious concern's rank (its ConcernKind), int.MaxValue without one.</summary>
    public int SortRank { get; set; }

    /// <summary>Minus the number of concerns, so more concerns sort first.</summary>
    public int SortCount { get; set; }

    /// <summary>The latest check-in's day number, 0 without one (a number, so it sorts the same on both providers).</summary>
    public int LastCheckInDay { get; set; }

    /// <summary>What the row shows (concerns, trend, counts) as JSON.</summary>
    public string RowJson { get; set; } = "{}";
}
