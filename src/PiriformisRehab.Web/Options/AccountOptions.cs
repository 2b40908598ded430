using System.ComponentModel.DataAnnotations;

namespace PiriformisRehab.Web.Options;

/// <summary>
/// Physio accounts: password length and lock-out. NIST SP 800-63B favours length over character
/// classes, so there is no rule about digits or symbols. Section "Accounts".
/// </summary>
public sealed class AccountOptions
{
    public const string Section = "Accounts";

    [Range(8, 128, ErrorMessage = "Accounts:PasswordMinLength must be between 8 and 128 characters.")]
    public int PasswordMinLength { get; set; } = 12;

    /// <summary>Different characters a password needs, so "aaaaaaaaaaaa" is refused.</summary>
    [Range(1, 20, ErrorMessage = "Accounts:PasswordUniqueChars must be between 1 and 20.")]
    public int PasswordUniqueChars { get; set; } = 5;

    /// <summary>Wrong passwords for one address from one client that lock that client out of it (SignInThrottle).</summary>
    [Range(1, 100, ErrorMessage = "Accounts:MaxFailedSignIns must be between 1 and 100.")]
    public int MaxFailedSignIns { get; set; } = 5;

    /// <summary>
    /// Wrong passwords for one account, from any clients and on any instance, that lock it
    /// (Identity's lock-out, in the database) for every browser that has not signed in to it before.
    /// </summary>
    [Range(1, 1000, ErrorMessage = "Accounts:MaxFailedSignInsPerAccount must be between 1 and 1000.")]
    public int MaxFailedSignInsPerAccount { get; set; } = 10;

    /// <summary>How long a browser that signed in stays exempt from the account-wide lock (TrustedBrowser).</summary>
    [Range(1, 400, ErrorMessage = "Accounts:TrustedBrowserDays must be between 1 and 400 days.")]
    public int TrustedBrowserDays { get; set; } = 90;

    [Range(1, 1440, ErrorMessage = "Accounts:LockoutMinutes must be between 1 and 1440 minutes.")]
    public int LockoutMinutes { get; set; } = 15;

    /// <summary>The longest password accepted (hashing a huge one is a denial of service).</summary>
    public const int PasswordMaxLength = 128;
}
