using System.ComponentModel.DataAnnotations;

namespace PiriformisRehab.Web.Options;

/// <summary>Patient links (/p/{token}): how long a physio may make one last. Section "PatientLinks".</summary>
public sealed class PatientLinkOptions : IValidatableObject
{
    public const string Section = "PatientLinks";

    /// <summary>The expiry the "issue a link" form offers, in days.</summary>
    [Range(1, 3650, ErrorMessage = "PatientLinks:DefaultExpiryDays must be between 1 and 3650 days.")]
    public int DefaultExpiryDays { get; set; } = 180;

    /// <summary>The longest a link may last, in days (the shortest is one day).</summary>
    [Range(1, 3650, ErrorMessage = "PatientLinks:MaxExpiryDays must be between 1 and 3650 days.")]
    public int MaxExpiryDays { get; set; } = 365;

    public bool IsValidExpiry(int days) => days >= 1 && days <= MaxExpiryDays;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (DefaultExpiryDays > MaxExpiryDays)
        {
            yield return new ValidationResult(
                $"PatientLinks:DefaultExpiryDays ({DefaultExpiryDays}) must not be more than PatientLinks:MaxExpiryDays ({MaxExpiryDays}).",
                [nameof(DefaultExpiryDays)]);
        }
    }
}
