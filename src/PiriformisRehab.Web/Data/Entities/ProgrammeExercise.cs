namespace PiriformisRehab.Web.Data.Entities;

/// <summary>One catalogue exercise in a programme, with the physio's own dosage and notes.</summary>
public sealed class ProgrammeExercise
{
    public Guid Id { get; set; }

    public Guid ProgrammeId { get; set; }

    /// <summary>The id of the exercise in seeds/exercises.json.</summary>
    public string ExerciseId { get; set; } = string.Empty;

    public int Position { get; set; }

    public string Dosage { get; set; } = string.Empty;

    public string? Notes { get; set; }

    /// <summary>Added by the physio after the programme was made: the diary offers it beside each ladder's current stage.</summary>
    public bool AddedByPhysio { get; set; }
}
