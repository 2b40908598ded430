namespace PiriformisRehab.Web.Data.Entities;

/// <summary>What a physio did about a programme's diary (spec 5.11 f, h).</summary>
public enum DiaryReviewKind
{
    /// <summary>The alerts were seen; they move down the list until a new one arrives.</summary>
    Acknowledged,
    /// <summary>Reviewed and resumed: lifts the pause from the next session on (and acknowledges).</summary>
    Resumed,
}

/// <summary>One acknowledgement or resume, with who and when; kept as the diary's review history.</summary>
public sealed class DiaryReview
{
    public Guid Id { get; set; }

    public Guid ProgrammeId { get; set; }

    public DiaryReviewKind Kind { get; set; }

    /// <summary>The physio's account id.</summary>
    public string PhysioId { get; set; } = string.Empty;

    /// <summary>The physio's name as it was at the time (kept if the account is renamed).</summary>
    public string ReviewerName { get; set; } = string.Empty;

    public DateTimeOffset At { get; set; }

    /// <summary>The physio's note; required for a resume.</summary>
    public string? Note { get; set; }
}
