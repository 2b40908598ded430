using System.Net;
using PiriformisRehab.Web.Tests.Infrastructure;

namespace PiriformisRehab.Web.Tests.OpenInternet;

/// <summary>
/// Nobody learns whether an address has an account: sign-in answers a real address with a wrong
/// password, an unknown address and a locked account alike, and each of them runs the password
/// hasher once, as registering a new and a known address each hash once (the costly step whose absence made an unknown address answer ten times faster).
/// Timing itself is measured in bench/, not here.
/// </summary>
public sealed class AccountEnumerationTests
{
    private readonly CountingPasswordHasher _hasher = new();

    private AppFactory Factory(int perAccount = 10) => new()
    {
        ClientAddressFromHeader = true,
        Settings = { ["Accounts:MaxFailedSignIns"] = "100", ["Accounts:MaxFailedSignInsPerAccount"] = perAccount.ToString(System.Globalization.CultureInfo.InvariantCulture) },
        TestServices = services => CountingPasswordHasher.Use(services, _hasher),
    };

    private static PhysioSession Browser(AppFactory factory, string address) =>
        SignInForms.BrowserOn(factory, new CookieContainer(), address);

    private static string Unknown() => $"nobody-{Guid.NewGuid():N}@example.com";

    private static async Task<string> RegisteredAsync(AppFactory factory)
    {
        var email = $"physio-{Guid.NewGuid():N}@example.com";
        (await PhysioSession.RegisterAsync(Browser(factory, "192.0.2.10").Client, factory, email)).Dispose();
        return email;
    }

    [Fact]
    public async Task AWrongPasswordAndAnUnknownAddressGetTheSameSignInAnswer()
    {
        await using var factory = Factory();
        var real = await RegisteredAsync(factory);
        using var browser = Browser(factory, "203.0.113.80");

        using var wrong = await SignInForms.SignInAsync(browser, real, SignInForms.WrongPassword);
        using var unknown = await SignInForms.SignInAsync(browser, Unknown(), SignInForms.WrongPassword);

        Assert.Equal(wrong.StatusCode, unknown.StatusCode);
        Assert.NotNull(await SignInForms.ErrorAsync(wrong));
        Assert.Equal(await SignInForms.ErrorAsync(wrong), await SignInForms.ErrorAsync(unknown));
    }

    [Fact]
    public async Task AnUnknownAddressRunsThePasswordHasherAsAWrongPasswordDoes()
    {
        await using var factory = Factory();
        var real = await RegisteredAsync(factory);
        using var browser = Browser(factory, "203.0.113.81");

        var before = _hasher.Checks;
        using (await SignInForms.SignInAsync(browser, real, SignInForms.WrongPassword))
        {
        }

        var forAWrongPassword = _hasher.Checks - before;
        before = _hasher.Checks;
        using (await SignInForms.SignInAsync(browser, Unknown(), SignInForms.WrongPassword))
        {
        }

        Assert.Equal(1, forAWrongPassword);
        Assert.Equal(forAWrongPassword, _hasher.Checks - before);
    }

    [Fact]
    public async Task ALockedAccountGetsTheSameAnswerAsAnUnknownAddressEvenWithTheRightPassword()
    {
        await using var factory = Factory(perAccount: 2);
        var real = await RegisteredAsync(factory);
        await LockAsync(factory, real);
        using var newBrowser = Browser(factory, "203.0.113.82");

        using var locked = await SignInForms.SignInAsync(newBrowser, real);
        using var unknown = await SignInForms.SignInAsync(newBrowser, Unknown(), SignInForms.WrongPassword);

        Assert.Equal(HttpStatusCode.OK, locked.StatusCode);
        Assert.Equal(await SignInForms.ErrorAsync(unknown), await SignInForms.ErrorAsync(locked));
    }

    [Fact]
    public async Task ALockedAccountRunsThePasswordHasherAsAnUnknownAddressDoes()
    {
        await using var factory = Factory(perAccount: 2);
        var real = await RegisteredAsync(factory);
        await LockAsync(factory, real);
        using var newBrowser = Browser(factory, "203.0.113.83");

        var before = _hasher.Checks;
        using (await SignInForms.SignInAsync(newBrowser, real))
        {
        }

        Assert.Equal(1, _hasher.Checks - before);
    }

    [Fact]
    public async Task RegisteringAKnownAddressHashesThePasswordAsANewAddressDoes()
    {
        await using var factory = Factory();
        var real = await RegisteredAsync(factory);

        var before = _hasher.Hashes;
        using (await RegisterAsync(Browser(factory, "203.0.113.84"), Unknown()))
        {
        }

        var forANewAddress = _hasher.Hashes - before;
        before = _hasher.Hashes;
        using (var known = await RegisterAsync(Browser(factory, "203.0.113.84"), real))
        {
            Assert.Contains("data-registration-sent", await known.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        }

        Assert.Equal(1, forANewAddress);
        Assert.Equal(forANewAddress, _hasher.Hashes - before);
    }

    private static Task<HttpResponseMessage> RegisterAsync(PhysioSession browser, string email) =>
        browser.SubmitAsync("/account/register", "/account/register", new()
        {
            ["_handler"] = "register",
            ["Input.DisplayName"] = "Sam Physio",
            ["Input.Email"] = email,
            ["Input.Password"] = PhysioSession.Password,
            ["Input.ConfirmPassword"] = PhysioSession.Password,
        });

    /// <summary>Wrong passwords from two other clients, enough for the account lock.</summary>
    private static async Task LockAsync(AppFactory factory, string email)
    {
        foreach (var address in new[] { "198.51.100.1", "198.51.100.2" })
        {
            using var stranger = Browser(factory, address);
            using var wrong = await SignInForms.SignInAsync(stranger, email, SignInForms.WrongPassword);
        }
    }
}
