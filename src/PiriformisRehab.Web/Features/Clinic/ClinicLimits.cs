namespace PiriformisRehab.Web.Features.Clinic;

/// <summary>
/// The clinic's field limits, in one place: the services validate against them, the pages show
/// them (maxlength, hints), and the database columns are no shorter (Data/Configurations).
/// </summary>
public static class ClinicLimits
{
    public const int LabelMaxLength = 80;
    public const int DosageMaxLength = 200;
    public const int NotesMaxLength = 1000;

    /// <summary>The label trimmed, or null when it is empty or too long.</summary>
    public static string? Label(string? label)
    {
        var trimmed = (label ?? string.Empty).Trim();
        return trimmed.Length is 0 or > LabelMaxLength ? null : trimmed;
    }
}
