using System.ComponentModel.DataAnnotations;
using System.Security.Claims;

namespace PiriformisRehab.Web.Features.Accounts;

public sealed class LoginInput
{
    [Required(ErrorMessage = "Enter your email address.")]
    [EmailAddress(ErrorMessage = "Enter an email address like name@example.com.")]
    public string Email { get; set; } = string.Empty;

    [Required(ErrorMessage = "Enter your password.")]
    public string Password { get; set; } = string.Empty;
}

public sealed class RegisterInput
{
    [Required(ErrorMessage = "Enter your name as patients should see it.")]
    [StringLength(80, ErrorMessage = "Use at most 80 characters.")]
    public string DisplayName { get; set; } = string.Empty;

    [Required(ErrorMessage = "Enter your email address.")]
    [EmailAddress(ErrorMessage = "Enter an email address like name@example.com.")]
    [StringLength(256, ErrorMessage = "Use at most 256 characters.")]
    public string Email { get; set; } = string.Empty;

    // The minimum length is a setting (Accounts:PasswordMinLength), checked by AccountService.
    [Required(ErrorMessage = "Choose a password.")]
    [StringLength(Options.AccountOptions.PasswordMaxLength, ErrorMessage = "Use at most 128 characters.")]
    public string Password { get; set; } = string.Empty;

    [Required(ErrorMessage = "Type the password again.")]
    [Compare(nameof(Password), ErrorMessage = "The two passwords are different.")]
    public string ConfirmPassword { get; set; } = string.Empty;
}

public static partial class AccountUrls
{
    private const int MaxReturnUrlLength = 2048;

    /// <summary>
    /// Only a plain path on this site may follow sign-in or sign-out: an absolute or
    /// protocol-relative URL would be an open redirect, and a backslash, a control character or a
    /// space could be read as another host by a browser or break the Location header (a 500).
    /// </summary>
    public static string SafeReturnUrl(string? returnUrl, string fallback = "/clinic") =>
        returnUrl is { Length: > 0 and <= MaxReturnUrlLength } url && PlainLocalPath().IsMatch(url)
            ? url
            : fallback;

    // A leading slash not followed by a slash or backslash, then RFC 3986 path and query characters only.
    [System.Text.RegularExpressions.GeneratedRegex(@"\A/(?![/\\])[A-Za-z0-9\-._~!$&'()*+,;=:@%/?]*\z")]
    private static partial System.Text.RegularExpressions.Regex PlainLocalPath();
}

public static class PhysioClaims
{
    /// <summary>The signed-in physio's user id; every clinic query filters by it.</summary>
    public static string IdOf(ClaimsPrincipal user) =>
        user.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("The clinic requires a signed-in physio.");
}

public sealed class ForgotPasswordInput
{
    [Required(ErrorMessage = "Enter your email address.")]
    [EmailAddress(ErrorMessage = "Enter an email address like name@example.com.")]
    [StringLength(256, ErrorMessage = "Use at most 256 characters.")]
    public string Email { get; set; } = string.Empty;
}

public sealed class ResetPasswordInput
{
    [Required(ErrorMessage = "Choose a new password.")]
    [StringLength(Options.AccountOptions.PasswordMaxLength, ErrorMessage = "Use at most 128 characters.")]
    public string Password { get; set; } = string.Empty;

    [Required(ErrorMessage = "Type the password again.")]
    [Compare(nameof(Password), ErrorMessage = "The two passwords are different.")]
    public string ConfirmPassword { get; set; } = string.Empty;
}

public sealed class ChangePasswordInput
{
    [Required(ErrorMessage = "Enter your current password.")]
    [StringLength(Options.AccountOptions.PasswordMaxLength, ErrorMessage = "Use at most 128 characters.")]
    public string CurrentPassword { get; set; } = string.Empty;

    [Required(ErrorMessage = "Choose a new password.")]
    [StringLength(Options.AccountOptions.PasswordMaxLength, ErrorMessage = "Use at most 128 characters.")]
    public string NewPassword { get; set; } = string.Empty;

    [Required(ErrorMessage = "Type the new password again.")]
    [Compare(nameof(NewPassword), ErrorMessage = "The two passwords are different.")]
    public string ConfirmPassword { get; set; } = string.Empty;
}

public sealed class ChangeEmailInput
{
    [Required(ErrorMessage = "Enter the new email address.")]
    [EmailAddress(ErrorMessage = "Enter an email address like name@example.com.")]
    [StringLength(256, ErrorMessage = "Use at most 256 characters.")]
    public string NewEmail { get; set; } = string.Empty;
}

public sealed class DeleteAccountInput
{
    [Required(ErrorMessage = "Enter your password to confirm.")]
    [StringLength(Options.AccountOptions.PasswordMaxLength, ErrorMessage = "Use at most 128 characters.")]
    public string Password { get; set; } = string.Empty;

    [Range(typeof(bool), "true", "true", ErrorMessage = "Tick the box to confirm that every patient goes too.")]
    public bool DeletePatients { get; set; }
}
