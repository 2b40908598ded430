using Microsoft.AspNetCore.Mvc;

namespace PiriformisRehab.Web.Features.Accounts;

internal static class AccountEndpoints
{
    /// <summary>
    /// Sign-out is a POST from a form with an antiforgery token (the [FromForm] parameter makes the
    /// antiforgery middleware check it), so no other site can sign a physio out.
    /// </summary>
    public static void MapPhysioAccounts(this WebApplication app)
    {
        app.MapPost("/account/logout", async (AccountService accounts, [FromForm(Name = "returnUrl")] string? returnUrl) =>
        {
            await accounts.SignOutAsync();
            return TypedResults.LocalRedirect(AccountUrls.SafeReturnUrl(returnUrl, fallback: "/"));
        });
    }
}
