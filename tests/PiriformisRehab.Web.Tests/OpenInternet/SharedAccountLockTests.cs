using System.Net;
using PiriformisRehab.Web.Tests.Infrastructure;

namespace PiriformisRehab.Web.Tests.OpenInternet;

/// <summary>
/// The account-wide lock is Identity's, in the database: wrong passwords spread over many clients
/// and two instances add up, and the lock holds on every instance. A browser that signed in to the
/// account before is exempt, so strangers cannot keep the physio out of it.
/// </summary>
public sealed class SharedAccountLockTests : IAsyncDisposable
{
    private readonly AppFactory _first;
    private readonly AppFactory _second;

    public SharedAccountLockTests()
    {
        _first = Instance(database: null);
        _second = Instance(_first.Database);
    }

    /// <summary>An instance (on its own database, or on another's), with a lock per account after four wrong passwords.</summary>
    private static AppFactory Instance(TestDatabase? database)
    {
        var instance = new AppFactory
        {
            ClientAddressFromHeader = true,
            Settings = { ["Accounts:MaxFailedSignIns"] = "3", ["Accounts:MaxFailedSignInsPerAccount"] = "4" },
        };
        if (database is not null)
        {
            instance.Settings["ConnectionStrings:Default"] = database.ConnectionString;
        }

        return instance;
    }

    [Fact]
    public async Task WrongPasswordsSpreadOverClientsAndInstancesLockTheAccountOnEveryInstance()
    {
        var email = await RegisteredAsync();
        await StrangersTryAsync(email);

        using var onFirst = SignInForms.BrowserOn(_first, new CookieContainer(), "203.0.113.90");
        using var onSecond = SignInForms.BrowserOn(_second, new CookieContainer(), "203.0.113.91");
        using var refusedOnFirst = await SignInForms.SignInAsync(onFirst, email);
        using var refusedOnSecond = await SignInForms.SignInAsync(onSecond, email);

        Assert.Equal(HttpStatusCode.OK, refusedOnFirst.StatusCode);
        Assert.Equal(HttpStatusCode.OK, refusedOnSecond.StatusCode);
        Assert.NotNull(await SignInForms.ErrorAsync(refusedOnSecond));
    }

    [Fact]
    public async Task TheBrowserThePhysioSignedInFromBeforeStillSignsInWhileStrangersKeepTheAccountLocked()
    {
        var email = await RegisteredAsync();
        var jar = new CookieContainer();
        using (var physioOnFirst = SignInForms.BrowserOn(_first, jar, "192.0.2.50"))
        {
            using var signedIn = await SignInForms.SignInAsync(physioOnFirst, email);
            Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
            using var signedOut = await physioOnFirst.SubmitAsync("/clinic", "/account/logout", []);
        }

        await StrangersTryAsync(email);
        using var physioOnSecond = SignInForms.BrowserOn(_second, jar, "192.0.2.50");
        using var again = await SignInForms.SignInAsync(physioOnSecond, email);

        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
    }

    private async Task<string> RegisteredAsync()
    {
        var email = $"physio-{Guid.NewGuid():N}@example.com";
        (await PhysioSession.RegisterAsync(SignInForms.BrowserOn(_first, new CookieContainer(), "192.0.2.40").Client, _first, email)).Dispose();
        return email;
    }

    /// <summary>Four wrong passwords from four clients, two on each instance: no client is locked on its own.</summary>
    private async Task StrangersTryAsync(string email)
    {
        var tries = new[] { (_first, "198.51.100.11"), (_second, "198.51.100.12"), (_first, "198.51.100.13"), (_second, "198.51.100.14") };
        foreach (var (instance, address) in tries)
        {
            using var stranger = SignInForms.BrowserOn(instance, new CookieContainer(), address);
            using var wrong = await SignInForms.SignInAsync(stranger, email, SignInForms.WrongPassword);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _second.DisposeAsync();
        await _first.DisposeAsync();
    }
}
