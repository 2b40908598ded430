using System.ComponentModel.DataAnnotations;

namespace PiriformisRehab.Web.Options;

/// <summary>
/// The phone numbers an emergency or urgent result offers as tap-to-call links (spec 5.9).
/// Section "EmergencyContact"; the defaults are the UK's (999 emergency, 111 urgent).
/// </summary>
public sealed class EmergencyContactOptions
{
    public const string Section = "EmergencyContact";

    /// <summary>Digits only, optionally after a +: a tel: link must dial exactly what is shown.</summary>
    private const string PhonePattern = @"^\+?[0-9]{2,15}$";

    [Required(ErrorMessage = "EmergencyContact:EmergencyNumber is required.")]
    [RegularExpression(PhonePattern, ErrorMessage = "EmergencyContact:EmergencyNumber must be 2 to 15 digits, optionally after a +.")]
    public string EmergencyNumber { get; set; } = "999";

    [Required(ErrorMessage = "EmergencyContact:UrgentNumber is required.")]
    [RegularExpression(PhonePattern, ErrorMessage = "EmergencyContact:UrgentNumber must be 2 to 15 digits, optionally after a +.")]
    public string UrgentNumber { get; set; } = "111";
}
