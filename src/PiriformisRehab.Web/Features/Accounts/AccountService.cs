using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using PiriformisRehab.Web.Data.Entities;
using PiriformisRehab.Web.Features.RateLimits;
using PiriformisRehab.Web.Options;

namespace PiriformisRehab.Web.Features.Accounts;

/// <summary>A problem with one field of a form, for the message beside it.</summary>
public sealed record FieldProblem(string Field, string Message);

/// <summary>
/// Physio sign-in and registration over ASP.NET Core Identity, so the account pages never hold a
/// UserManager or an entity. Scoped, like the Identity services it wraps (they write the cookie
/// through the request's HttpContext).
/// </summary>
public sealed class AccountService(UserManager<PhysioUser> users, SignInManager<PhysioUser> signIn, SignInThrottle throttle, IOptions<AccountOptions> options)
{
    public AccountOptions Rules => options.Value;

    /// <summary>
    /// Signs in. Wrong passwords count per client and account together (<see cref="SignInThrottle"/>),
    /// not per account: Identity's own lock-out let anyone keep a physio out by typing wrong
    /// passwords for their address. One message for a wrong email or a wrong password, and the
    /// same lock message for a real and an unknown address, so the form does not reveal who has an
    /// account; null on success.
    /// </summary>
    public async Task<string?> SignInAsync(LoginInput input, string client)
    {
        ArgumentNullException.ThrowIfNull(input);
        var email = input.Email.Trim();
        if (throttle.IsLocked(client, email))
        {
            return LockedMessage;
        }

        var result = await signIn.PasswordSignInAsync(email, input.Password, isPersistent: false, lockoutOnFailure: false);
        if (result.Succeeded)
        {
            throttle.RecordSuccess(client, email);
            return null;
        }

        throttle.RecordFailure(client, email);
        return throttle.IsLocked(client, email) ? LockedMessage : "The email or password is not right.";
    }

    private string LockedMessage =>
        $"Too many wrong passwords for this email from this connection. Try again in {Rules.LockoutMinutes} minutes.";

    /// <summary>Creates the account and signs it in; otherwise the problems, each beside its field.</summary>
    public async Task<IReadOnlyList<FieldProblem>> RegisterAsync(RegisterInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.Password.Length < Rules.PasswordMinLength)
        {
            return [new(nameof(RegisterInput.Password), PasswordTooShort)];
        }

        var email = input.Email.Trim();
        var user = new PhysioUser { UserName = email, Email = email, DisplayName = input.DisplayName.Trim() };
        var result = await users.CreateAsync(user, input.Password);
        if (!result.Succeeded)
        {
            return [.. result.Errors.Select(error => new FieldProblem(
                    error.Code.Contains("Password", StringComparison.Ordinal) ? nameof(RegisterInput.Password) : nameof(RegisterInput.Email),
                    error.Code switch
                    {
                        "DuplicateUserName" or "DuplicateEmail" => "An account with this email already exists. Sign in instead.",
                        "PasswordTooShort" => PasswordTooShort,
                        _ => error.Description,
                    }))
                .Distinct()];
        }

        await signIn.SignInAsync(user, isPersistent: false);
        return [];
    }

    public Task SignOutAsync() => signIn.SignOutAsync();

    private string PasswordTooShort => $"Use at least {Rules.PasswordMinLength} characters (a short sentence works well).";
}
