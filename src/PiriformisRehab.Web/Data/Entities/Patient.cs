namespace PiriformisRehab.Web.Data.Entities;

/// <summary>A physio's patient, known only by a label the physio chooses (no real name needed).</summary>
public sealed class Patient
{
    public Guid Id { get; set; }

    public string PhysioId { get; set; } = string.Empty;

    public string Label { get; set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Set when the physio archived it: hidden from the lists, its links no longer open.</summary>
    public DateTimeOffset? ArchivedAt { get; set; }

    /// <summary>
    /// Moves on with every change to the patient's programmes, links, check-ins, warning signs or
    /// reviews (see DiaryRevisions), so the clinic list knows its copy of the row is out of date.
    /// </summary>
    public long DiaryRevision { get; set; }

    public List<Programme> Programmes { get; set; } = [];
}
