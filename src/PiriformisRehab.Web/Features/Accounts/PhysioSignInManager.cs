using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using PiriformisRehab.Web.Data.Entities;

namespace PiriformisRehab.Web.Features.Accounts;

/// <summary>
/// Identity's sign-in manager with one change: the account-wide lock-out does not apply to a
/// browser that has signed in to the account before (<see cref="TrustedBrowser"/>). Everything
/// else (password check, failure count in the database, e-mail confirmation, two-factor) is
/// Identity's own.
/// </summary>
public sealed class PhysioSignInManager(
    UserManager<PhysioUser> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<PhysioUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<PhysioUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<PhysioUser> confirmation,
    TrustedBrowser browsers)
    : SignInManager<PhysioUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    private readonly IHttpContextAccessor _contextAccessor = contextAccessor;

    protected override async Task<bool> IsLockedOut(PhysioUser user) =>
        !browsers.IsTrustedFor(_contextAccessor.HttpContext, user) && await base.IsLockedOut(user);
}
