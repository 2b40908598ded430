namespace PiriformisRehab.Web.Features.PatientPages;

/// <summary>The two pages behind a patient link that are rendered once and kept.</summary>
public enum PatientPageKind
{
    /// <summary>/p/{token}: the exercise programme.</summary>
    Programme,

    /// <summary>/p/{token}/diary: the recovery diary with its check-in form.</summary>
    Diary,
}
