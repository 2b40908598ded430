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
public sealed class AccountService(
    UserManager<PhysioUser> users,
    SignInManager<PhysioUser> signIn,
    SignInThrottle throttle,
    TrustedBrowser browsers,
    DecoyPassword decoy,
    AccountMail mail,
    IOptions<AccountOptions> options)
{
    public AccountOptions Rules => options.Value;

    /// <summary>
    /// Signs in; null on success, else the one message to show. Two locks work together: wrong
    /// passwords for one address from one client lock that client out of it (<see cref="SignInThrottle"/>,
    /// real and unknown addresses alike), and Identity's lock per account, kept in the database so
    /// every instance sees it, stops a guesser who spreads tries over many clients. The account
    /// lock does not apply to a browser that signed in to the account before (<see cref="TrustedBrowser"/>),
    /// so a stranger cannot keep the physio out of it. An unknown address, a wrong password and a
    /// locked account give the same answer after the same work (the password hasher runs once on
    /// each path), so neither the text nor the timing tells who has an account.
    /// </summary>
    public async Task<string?> SignInAsync(LoginInput input, string client)
    {
        ArgumentNullException.ThrowIfNull(input);
        var email = input.Email.Trim();
        if (throttle.IsLocked(client, email))
        {
            decoy.Check(input.Password);
            return ThrottledMessage;
        }

        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            decoy.Check(input.Password);
            return Failed(client, email);
        }

        var result = await signIn.PasswordSignInAsync(user, input.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            throttle.RecordSuccess(client, email);
            browsers.Trust(signIn.Context, user);
            return null;
        }

        if (result.IsLockedOut)
        {
            // Identity refuses a locked account before hashing: hash anyway, so it takes as long as a wrong password.
            decoy.Check(input.Password);
        }
        else if (result.IsNotAllowed)
        {
            // Unconfirmed address. Identity says so before it checks the password, which would tell
            // anyone that the address has an account: only the right password learns it.
            if (await users.CheckPasswordAsync(user, input.Password))
            {
                await mail.SendConfirmationAsync(user, await users.GenerateEmailConfirmationTokenAsync(user));
                return NotConfirmedMessage;
            }

            await users.AccessFailedAsync(user);
        }

        return Failed(client, email);
    }

    private string Failed(string client, string email)
    {
        throttle.RecordFailure(client, email);
        return throttle.IsLocked(client, email) ? ThrottledMessage : WrongMessage;
    }

    /// <summary>The same for a wrong password, an unknown address and a locked account (from a browser new to it).</summary>
    public string WrongMessage =>
        $"The email or password is not right. After many wrong tries an account rests for {Rules.LockoutMinutes} minutes, except in a browser that has signed in to it before.";

    public const string NotConfirmedMessage =
        "Confirm your email address first: we have e-mailed you the link again. Open it, then sign in.";

    private string ThrottledMessage =>
        $"Too many wrong passwords for this email from this connection. Try again in {Rules.LockoutMinutes} minutes.";

    /// <summary>
    /// Registers: the new account gets a confirmation link by e-mail and can sign in once it is
    /// opened. An address that already has an account gets a note to its owner instead, and the
    /// page answers the same ("check your e-mail") after the same work (one password hash), so the
    /// form does not tell who has an account. Problems with the password come back beside its field.
    /// </summary>
    public async Task<IReadOnlyList<FieldProblem>> RegisterAsync(RegisterInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var email = input.Email.Trim();
        var user = new PhysioUser { UserName = email, Email = email, DisplayName = input.DisplayName.Trim() };
        var problems = await PasswordProblemsAsync(user, input.Password, nameof(RegisterInput.Password));
        if (problems.Count > 0)
        {
            return problems;
        }

        if (await users.FindByEmailAsync(email) is { } existing)
        {
            _ = users.PasswordHasher.HashPassword(user, input.Password);
            mail.SendAddressAlreadyUsed(existing.Email!);
            return [];
        }

        var result = await users.CreateAsync(user, input.Password);
        if (result.Errors.Any(error => error.Code is "DuplicateUserName" or "DuplicateEmail"))
        {
            // Another registration of the same address got there first: answer as for a known address.
            mail.SendAddressAlreadyUsed(email);
            return [];
        }

        if (!result.Succeeded)
        {
            return PasswordProblems.From(result, nameof(RegisterInput.Password), nameof(RegisterInput.Email), Rules);
        }

        await mail.SendConfirmationAsync(user, await users.GenerateEmailConfirmationTokenAsync(user));
        return [];
    }

    /// <summary>Opens a confirmation link: true when it confirmed the account (or it already was).</summary>
    public async Task<bool> ConfirmEmailAsync(string? userId, string? code)
    {
        if (string.IsNullOrEmpty(userId) || AccountLinks.Decode(code) is not { } token || await users.FindByIdAsync(userId) is not { } user)
        {
            return false;
        }

        return user.EmailConfirmed || (await users.ConfirmEmailAsync(user, token)).Succeeded;
    }

    private async Task<IReadOnlyList<FieldProblem>> PasswordProblemsAsync(PhysioUser user, string password, string field)
    {
        foreach (var validator in users.PasswordValidators)
        {
            var result = await validator.ValidateAsync(users, user, password);
            if (!result.Succeeded)
            {
                return PasswordProblems.From(result, field, field, Rules);
            }
        }

        return [];
    }

    public Task SignOutAsync() => signIn.SignOutAsync();
}
