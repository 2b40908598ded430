using System.Net;
using PiriformisRehab.Web.Tests.Infrastructure;

namespace PiriformisRehab.Web.Tests.Features.Accounts;

public sealed class AccountTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Dictionary<string, string> Login(string email, string password) => new()
    {
        ["_handler"] = "login",
        ["Input.Email"] = email,
        ["Input.Password"] = password,
    };

    [Fact]
    public async Task ARegisteredAndConfirmedPhysioSignsInAndOpensTheClinic()
    {
        using var physio = await PhysioSession.RegisterAsync(factory);

        using var clinic = await physio.Client.GetAsync("/clinic", Ct);

        Assert.Equal(HttpStatusCode.OK, clinic.StatusCode);
        Assert.Contains("Your patients", await clinic.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RegisteringWithAShortPasswordShowsTheErrorBesideThePasswordField()
    {
        using var visitor = new PhysioSession(PhysioSession.NewClient(factory));

        using var response = await visitor.SubmitAsync("/account/register", "/account/register", new()
        {
            ["_handler"] = "register",
            ["Input.DisplayName"] = "Sam",
            ["Input.Email"] = "short@example.com",
            ["Input.Password"] = "too short",
            ["Input.ConfirmPassword"] = "too short",
        });

        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Matches("id=\"password\"[^>]*>\\s*<div class=\"validation-message\">Use at least 12 characters", html);
    }

    [Fact]
    public async Task SigningInWithTheRightPasswordRedirectsToTheReturnUrl()
    {
        var email = $"login-{Guid.NewGuid():N}@example.com";
        (await PhysioSession.RegisterAsync(factory, email)).Dispose();
        using var browser = new PhysioSession(PhysioSession.NewClient(factory));

        using var response = await browser.SubmitAsync("/account/login", "/account/login?ReturnUrl=%2Fclinic", Login(email, PhysioSession.Password));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/clinic", response.Headers.Location?.AbsolutePath);
        Assert.Equal("localhost", response.Headers.Location?.Host);
    }

    [Fact]
    public async Task SigningInNeverRedirectsToAnotherSite()
    {
        var email = $"open-redirect-{Guid.NewGuid():N}@example.com";
        (await PhysioSession.RegisterAsync(factory, email)).Dispose();
        using var browser = new PhysioSession(PhysioSession.NewClient(factory));

        using var response = await browser.SubmitAsync("/account/login", "/account/login?ReturnUrl=%2F%2Fevil.example", Login(email, PhysioSession.Password));

        Assert.Equal("/clinic", response.Headers.Location?.AbsolutePath);
        Assert.Equal("localhost", response.Headers.Location?.Host);
    }

    [Fact]
    public async Task AWrongPasswordShowsOneMessageAndNoSignIn()
    {
        var email = $"wrong-{Guid.NewGuid():N}@example.com";
        (await PhysioSession.RegisterAsync(factory, email)).Dispose();
        using var browser = new PhysioSession(PhysioSession.NewClient(factory));

        using var response = await browser.SubmitAsync("/account/login", "/account/login", Login(email, "not the password at all"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("The email or password is not right.", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        using var clinic = await browser.Client.GetAsync("/clinic", Ct);
        Assert.Equal(HttpStatusCode.Redirect, clinic.StatusCode);
    }

    [Fact]
    public async Task FiveWrongPasswordsLockThatClientOutOfTheAccountSoEvenTheRightOneIsRefused()
    {
        var email = $"lockout-{Guid.NewGuid():N}@example.com";
        (await PhysioSession.RegisterAsync(factory, email)).Dispose();
        using var browser = new PhysioSession(PhysioSession.NewClient(factory));
        for (var attempt = 0; attempt < 5; attempt++)
        {
            using var wrong = await browser.SubmitAsync("/account/login", "/account/login", Login(email, $"wrong password {attempt}"));
        }

        using var response = await browser.SubmitAsync("/account/login", "/account/login", Login(email, PhysioSession.Password));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Too many wrong passwords for this email from this connection. Try again in 15 minutes.", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignInFormShowsAMissingEmailBesideTheEmailField()
    {
        using var browser = new PhysioSession(PhysioSession.NewClient(factory));

        using var response = await browser.SubmitAsync("/account/login", "/account/login", Login(string.Empty, "whatever it is"));

        Assert.Matches("id=\"email\"[^>]*>\\s*<div class=\"validation-message\">Enter your email address.", await response.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task SignInPostWithoutAnAntiforgeryTokenIsRejected()
    {
        using var browser = new PhysioSession(PhysioSession.NewClient(factory));

        using var response = await browser.PostAsync("/account/login", Login("anyone@example.com", PhysioSession.Password));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("/clinic")]
    [InlineData("/clinic/patients/6f9619ff-8b86-d011-b42d-00cf4fc964ff")]
    public async Task AnonymousVisitorsToTheClinicAreRedirectedToSignIn(string path)
    {
        using var client = PhysioSession.NewClient(factory);

        using var response = await client.GetAsync(path, Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.Headers.Location?.AbsolutePath, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SigningOutEndsTheSession()
    {
        using var physio = await PhysioSession.RegisterAsync(factory);

        using var signOut = await physio.SubmitAsync("/clinic", "/account/logout", []);

        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        using var clinic = await physio.Client.GetAsync("/clinic", Ct);
        Assert.Equal(HttpStatusCode.Redirect, clinic.StatusCode);
    }

    [Fact]
    public async Task SigningOutWithoutAnAntiforgeryTokenIsRejected()
    {
        using var physio = await PhysioSession.RegisterAsync(factory);

        using var signOut = await physio.PostAsync("/account/logout", []);

        Assert.Equal(HttpStatusCode.BadRequest, signOut.StatusCode);
    }
}
