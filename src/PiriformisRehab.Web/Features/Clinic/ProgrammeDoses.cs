using System.Text.Json;
using PiriformisRehab.Domain.Plans;
using PiriformisRehab.Web.Features.Common;

namespace PiriformisRehab.Web.Features.Clinic;

/// <summary>A physio's structured dose as stored beside its wording (ProgrammeExercise.DoseJson).</summary>
internal static class ProgrammeDoses
{
    public static string Write(Dose dose) => JsonSerializer.Serialize(dose, DiaryJsonContext.Default.Dose);

    /// <summary>The stored dose; null when none was stored or it cannot be read (the catalogue's then stands).</summary>
    public static Dose? Read(string? json)
    {
        if (string.IsNullOrEmpty(json))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(json, DiaryJsonContext.Default.Dose);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
