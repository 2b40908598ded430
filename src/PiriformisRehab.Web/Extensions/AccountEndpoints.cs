using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using PiriformisRehab.Web.Data.Entities;

namespace PiriformisRehab.Web.Extensions;

internal static class AccountEndpoints
{
    /// <summary>
    /// Sign-out is a POST from a form with an antiforgery token (the [FromForm] parameter makes the
    /// antiforgery middleware check it), so no other site can sign a physio out.
    /// </summary>
    public static void MapPhysioAccounts(this WebApplication app)
    {
        app.MapPost("/account/logout", async (SignInManager<PhysioUser> signIn, [FromForm(Name = "returnUrl")] string? returnUrl) =>
        {
            await signIn.SignOutAsync();
            return TypedResults.LocalRedirect(Features.Accounts.AccountUrls.SafeReturnUrl(returnUrl, fallback: "/"));
        });
    }
}
