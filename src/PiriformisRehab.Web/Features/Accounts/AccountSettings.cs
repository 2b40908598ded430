using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using PiriformisRehab.Web.Data.Entities;
using PiriformisRehab.Web.Options;

namespace PiriformisRehab.Web.Features.Accounts;

/// <summary>
/// What a signed-in physio changes about their own account, through Identity's own operations:
/// the password, the e-mail address (after a link sent to the new one is opened) and deleting the
/// account with every patient in it.
/// </summary>
public sealed class AccountSettings(
    UserManager<PhysioUser> users,
    SignInManager<PhysioUser> signIn,
    TrustedBrowser browsers,
    AccountMail mail,
    IOptions<AccountOptions> options)
{
    /// <summary>What the account page shows (never the entity).</summary>
    public async Task<AccountSummary> SummaryAsync(ClaimsPrincipal principal)
    {
        var user = await CurrentAsync(principal);
        return new(user.DisplayName, user.Email ?? string.Empty);
    }

    private async Task<PhysioUser> CurrentAsync(ClaimsPrincipal principal) =>
        await users.GetUserAsync(principal) ?? throw new InvalidOperationException("The account pages require a signed-in physio.");

    public async Task<IReadOnlyList<FieldProblem>> ChangePasswordAsync(ClaimsPrincipal principal, ChangePasswordInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var user = await CurrentAsync(principal);
        var result = await users.ChangePasswordAsync(user, input.CurrentPassword, input.NewPassword);
        if (!result.Succeeded)
        {
            return [.. PasswordProblems.From(result, nameof(ChangePasswordInput.NewPassword), nameof(ChangePasswordInput.NewPassword), options.Value)
                .Select(p => p.Message == "The password is not right." ? p with { Field = nameof(ChangePasswordInput.CurrentPassword) } : p)];
        }

        // The security stamp changed: other sessions and trusted browsers end; this one carries on.
        await signIn.RefreshSignInAsync(user);
        browsers.Trust(signIn.Context, user);
        return [];
    }

    /// <summary>
    /// Sends a link to the new address; the address changes when it is opened. An address that has
    /// an account already gets a note instead, and the page answers the same.
    /// </summary>
    public async Task<IReadOnlyList<FieldProblem>> RequestEmailChangeAsync(ClaimsPrincipal principal, ChangeEmailInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var user = await CurrentAsync(principal);
        var email = input.NewEmail.Trim();
        if (string.Equals(email, user.Email, StringComparison.OrdinalIgnoreCase))
        {
            return [new(nameof(ChangeEmailInput.NewEmail), "That is already your address.")];
        }

        if (await users.FindByEmailAsync(email) is not null)
        {
            mail.SendAddressAlreadyUsed(email);
            return [];
        }

        await mail.SendNewAddressConfirmationAsync(user, email, await users.GenerateChangeEmailTokenAsync(user, email));
        return [];
    }

    /// <summary>Opens the link sent to a new address: true when the account now uses it (as its e-mail and its sign-in name).</summary>
    public async Task<bool> ConfirmEmailChangeAsync(string? userId, string? email, string? code)
    {
        if (string.IsNullOrEmpty(userId) || string.IsNullOrEmpty(email) || AccountLinks.Decode(code) is not { } token
            || await users.FindByIdAsync(userId) is not { } user)
        {
            return false;
        }

        var changed = await users.ChangeEmailAsync(user, email, token);
        return changed.Succeeded && (await users.SetUserNameAsync(user, email)).Succeeded;
    }

    /// <summary>Deletes the account and, through the database's cascade, its patients, programmes, links and diaries; then signs out.</summary>
    public async Task<IReadOnlyList<FieldProblem>> DeleteAsync(ClaimsPrincipal principal, DeleteAccountInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var user = await CurrentAsync(principal);
        if (!await users.CheckPasswordAsync(user, input.Password))
        {
            return [new(nameof(DeleteAccountInput.Password), "The password is not right.")];
        }

        var result = await users.DeleteAsync(user);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("The account could not be deleted: " + string.Join("; ", result.Errors.Select(e => e.Code)));
        }

        await signIn.SignOutAsync();
        signIn.Context.Response.Cookies.Delete(TrustedBrowser.CookieName, new CookieOptions { Path = signIn.Context.Request.PathBase + "/account" });
        return [];
    }
}

/// <summary>The signed-in physio's name and address, for the account page.</summary>
public sealed record AccountSummary(string DisplayName, string Email);
