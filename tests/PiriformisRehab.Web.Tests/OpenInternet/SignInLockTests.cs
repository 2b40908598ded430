using System.Net;
using PiriformisRehab.Web.Tests.Infrastructure;

namespace PiriformisRehab.Web.Tests.OpenInternet;

/// <summary>
/// Wrong passwords lock out the client that typed them, for that account only: a stranger can no
/// longer keep a physio out, and a real and an unknown address are locked alike.
/// </summary>
public sealed class SignInLockTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AStrangersWrongPasswordsDoNotLockThePhysioOut()
    {
        await using var factory = Factory();
        var email = await RegisteredEmailAsync(factory);
        var stranger = Session(factory, "203.0.113.66");
        for (var i = 0; i < 3; i++)
        {
            using var wrong = await RateLimitTests.WrongPasswordAsync(stranger, email);
        }

        using var strangerWithTheRightPassword = await SignInAsync(stranger, email);
        using var physio = await SignInAsync(Session(factory, "198.51.100.20"), email);

        Assert.Equal(HttpStatusCode.OK, strangerWithTheRightPassword.StatusCode);
        Assert.Contains("data-login-error", await strangerWithTheRightPassword.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, physio.StatusCode);
    }

    [Fact]
    public async Task ARealAndAnUnknownAddressAreLockedWithTheSameMessage()
    {
        await using var factory = Factory();
        var real = await RegisteredEmailAsync(factory);
        var client = Session(factory, "203.0.113.67");

        var realMessage = await LockMessageAsync(client, real);
        var unknownMessage = await LockMessageAsync(client, $"nobody-{Guid.NewGuid():N}@example.com");

        Assert.Contains("Too many wrong passwords", realMessage, StringComparison.Ordinal);
        Assert.Equal(realMessage, unknownMessage);
    }

    [Fact]
    public async Task ASuccessfulSignInClearsTheClientsCount()
    {
        await using var factory = Factory();
        var email = await RegisteredEmailAsync(factory);
        var client = Session(factory, "203.0.113.68");

        for (var round = 0; round < 3; round++)
        {
            using (await RateLimitTests.WrongPasswordAsync(client, email))
            using (await RateLimitTests.WrongPasswordAsync(client, email))
            using (var signedIn = await SignInAsync(client, email))
            {
                Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
            }

            using var signOut = await client.SubmitAsync("/clinic", "/account/logout", []);
        }
    }

    private static AppFactory Factory() => new()
    {
        RateLimited = true,
        ClientAddressFromHeader = true,
        Settings = { ["Accounts:MaxFailedSignIns"] = "3" },
    };

    private static PhysioSession Session(AppFactory factory, string address)
    {
        var client = PhysioSession.NewClient(factory);
        client.DefaultRequestHeaders.Add(TestClientAddress.Header, address);
        return new PhysioSession(client);
    }

    private static async Task<string> RegisteredEmailAsync(AppFactory factory)
    {
        var email = $"physio-{Guid.NewGuid():N}@example.com";
        var client = PhysioSession.NewClient(factory);
        client.DefaultRequestHeaders.Add(TestClientAddress.Header, "192.0.2.200");
        using var session = await PhysioSession.RegisterAsync(client, factory, email);
        return email;
    }

    private static async Task<string> LockMessageAsync(PhysioSession client, string email)
    {
        for (var i = 0; i < 3; i++)
        {
            using var wrong = await RateLimitTests.WrongPasswordAsync(client, email);
        }

        using var locked = await RateLimitTests.WrongPasswordAsync(client, email);
        var html = await locked.Content.ReadAsStringAsync(Ct);
        var start = html.IndexOf("data-login-error>", StringComparison.Ordinal);
        Assert.True(start >= 0, "No sign-in error shown.");
        return html[start..html.IndexOf("</div>", start, StringComparison.Ordinal)];
    }

    private static Task<HttpResponseMessage> SignInAsync(PhysioSession session, string email) =>
        session.SubmitAsync("/account/login", "/account/login", new()
        {
            ["_handler"] = "login",
            ["Input.Email"] = email,
            ["Input.Password"] = PhysioSession.Password,
        });
}
