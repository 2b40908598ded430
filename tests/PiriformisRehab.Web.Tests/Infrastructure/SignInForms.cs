using Microsoft.AspNetCore.Mvc.Testing.Handlers;

namespace PiriformisRehab.Web.Tests.Infrastructure;

/// <summary>The sign-in form as a browser posts it, and the error it shows.</summary>
public static class SignInForms
{
    public const string WrongPassword = "not the right password at all";

    public static Task<HttpResponseMessage> SignInAsync(PhysioSession session, string email, string password = PhysioSession.Password) =>
        session.SubmitAsync("/account/login", "/account/login", new()
        {
            ["_handler"] = "login",
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        });

    /// <summary>The text of the sign-in error on the page, or null when there is none.</summary>
    public static async Task<string?> ErrorAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        const string Marker = "data-login-error>";
        var start = html.IndexOf(Marker, StringComparison.Ordinal);
        return start < 0 ? null : html[(start + Marker.Length)..html.IndexOf("</div>", start, StringComparison.Ordinal)];
    }

    /// <summary>
    /// One browser on several app instances: each client talks to its own instance but all share
    /// one cookie jar, as a browser behind a load balancer does.
    /// </summary>
    public static PhysioSession BrowserOn(AppFactory instance, System.Net.CookieContainer jar, string address)
    {
        var client = instance.CreateDefaultClient(new CookieContainerHandler(jar));
        client.DefaultRequestHeaders.Add(TestClientAddress.Header, address);
        return new PhysioSession(client);
    }
}
