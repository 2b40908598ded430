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

    private string ThrottledMessage =>
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
