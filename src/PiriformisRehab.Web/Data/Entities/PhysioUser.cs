using Microsoft.AspNetCore.Identity;

namespace PiriformisRehab.Web.Data.Entities;

/// <summary>A physiotherapist's account. Patients never have one.</summary>
public sealed class PhysioUser : IdentityUser
{
    public string DisplayName { get; set; } = string.Empty;
}
