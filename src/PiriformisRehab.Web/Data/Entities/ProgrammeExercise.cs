namespace PiriformisRehab.Web.Data.Entities;

/// <summary>One catalogue exercise in a programme, with the physio's own dosage and notes.</summary>
public sealed class ProgrammeExercise
{
    public Guid Id { get; set; }

    public Guid ProgrammeId { get; set; }

    /// <summary>The id of the exercise in seeds/exercises.json.</summary>
    public string ExerciseId { get; set; } = string.Empty;

    public int Position { get; set; }

    /// <summary>The dose as every page shows it (<see cref="Domain.Plans.DoseText"/> of the structured dose, with the seed's note).</summary>
    public string Dosage { get; set; } = string.Empty;

    /// <summary>The physio's structured dose as JSON (<see cref="Domain.Plans.Dose"/>); null while the catalogue's dose stands.</summary>
    public string? DoseJson { get; set; }

    public string? Notes { get; set; }

    /// <summary>Added by the physio after the programme was made: the diary offers it beside each ladder's current stage.</summary>
    public bool AddedByPhysio { get; set; }
}
