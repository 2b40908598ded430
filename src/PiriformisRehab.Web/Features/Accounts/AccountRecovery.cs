using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using PiriformisRehab.Web.Data.Entities;
using PiriformisRehab.Web.Options;

namespace PiriformisRehab.Web.Features.Accounts;

/// <summary>
/// A forgotten password, through Identity's reset token sent by e-mail. The request form answers
/// the same whether or not the address has an account; the reset also ends an account lock (the
/// link proves the mailbox) and confirms the address.
/// </summary>
public sealed class AccountRecovery(UserManager<PhysioUser> users, AccountMail mail, IOptions<AccountOptions> options)
{
    public async Task RequestResetAsync(string email)
    {
        ArgumentNullException.ThrowIfNull(email);
        if (await users.FindByEmailAsync(email.Trim()) is { } user)
        {
            await mail.SendPasswordResetAsync(user, await users.GeneratePasswordResetTokenAsync(user));
        }
    }

    /// <summary>Sets the new password; the problems otherwise (a used or expired link beside the password field).</summary>
    public async Task<IReadOnlyList<FieldProblem>> ResetAsync(string? userId, string? code, string newPassword)
    {
        if (string.IsNullOrEmpty(userId) || AccountLinks.Decode(code) is not { } token || await users.FindByIdAsync(userId) is not { } user)
        {
            return [new(nameof(ResetPasswordInput.Password), ExpiredLink)];
        }

        var result = await users.ResetPasswordAsync(user, token, newPassword);
        if (!result.Succeeded)
        {
            return PasswordProblems.From(result, nameof(ResetPasswordInput.Password), nameof(ResetPasswordInput.Password), options.Value);
        }

        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        if (!user.EmailConfirmed)
        {
            user.EmailConfirmed = true;
            await users.UpdateAsync(user);
        }

        return [];
    }

    public const string ExpiredLink = "This link has expired or has already been used. Ask for a new one.";
}
