using System.Net;
using PiriformisRehab.Web.Tests.Infrastructure;

namespace PiriformisRehab.Web.Tests.OpenInternet;

/// <summary>
/// Limits per client (and per link for diary posts): the request past the limit gets 429 with
/// Retry-After, problem+json on the API and a page elsewhere; other clients are not affected;
/// RateLimiting:Enabled = false switches every limit off.
/// </summary>
public sealed class RateLimitTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static AppFactory Limited(params (string Key, string Value)[] settings)
    {
        var factory = new AppFactory { RateLimited = true, ClientAddressFromHeader = true };
        foreach (var (key, value) in settings)
        {
            factory.Settings[key] = value;
        }

        return factory;
    }

    private static HttpClient ClientAt(AppFactory factory, string address)
    {
        var client = PhysioSession.NewClient(factory);
        client.DefaultRequestHeaders.Add(TestClientAddress.Header, address);
        return client;
    }

    [Fact]
    public async Task TheApiAnswers429ProblemJsonWithRetryAfterPastItsLimit()
    {
        await using var factory = Limited(("RateLimiting:Api:PermitLimit", "3"));
        using var client = ClientAt(factory, "203.0.113.1");
        using var other = ClientAt(factory, "203.0.113.2");

        for (var i = 0; i < 3; i++)
        {
            using var allowed = await client.GetAsync("/api/v1/questions", Ct);
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }

        using var refused = await client.PostJsonAsync("""{"answers": {}}""");
        using var otherClient = await other.GetAsync("/api/v1/questions", Ct);

        var problem = await ProblemAssert.IsProblemAsync(refused, HttpStatusCode.TooManyRequests);
        Assert.Contains("Try again", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.InRange(RetryAfterSeconds(refused), 1, 60);
        Assert.Equal(HttpStatusCode.OK, otherClient.StatusCode);
    }

    [Fact]
    public async Task SignInPostsPastTheLimitGetATooManyRequestsPage()
    {
        await using var factory = Limited(("RateLimiting:Login:PermitLimit", "3"), ("Accounts:MaxFailedSignIns", "100"));
        using var client = ClientAt(factory, "203.0.113.3");
        var session = new PhysioSession(client);

        for (var i = 0; i < 3; i++)
        {
            using var allowed = await WrongPasswordAsync(session, "someone@example.com");
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }

        using var refused = await WrongPasswordAsync(session, "someone@example.com");
        var html = await refused.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("text/html", refused.Content.Headers.ContentType?.MediaType);
        Assert.Contains("data-rate-limited", html, StringComparison.Ordinal);
        Assert.Contains("emergency", html, StringComparison.Ordinal);
        Assert.InRange(RetryAfterSeconds(refused), 1, 60);
    }

    [Fact]
    public async Task RegistrationsPastTheLimitAreRefusedAndNothingIsCreated()
    {
        await using var factory = Limited(("RateLimiting:Register:PermitLimit", "2"));
        using var client = ClientAt(factory, "203.0.113.4");

        for (var i = 0; i < 2; i++)
        {
            using var registered = await new PhysioSession(ClientAt(factory, "203.0.113.4")).SubmitAsync("/account/register", "/account/register", Registration());
            Assert.Equal(HttpStatusCode.OK, registered.StatusCode);
        }

        var registration = Registration();
        using var refused = await new PhysioSession(client).SubmitAsync("/account/register", "/account/register", registration);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(RetryAfterSeconds(refused) > 60, "Registrations are limited per hour.");
        await using var db = await ClinicDatabase.OpenAsync(factory);
        Assert.DoesNotContain(db.Users, u => u.Email == registration["Input.Email"]);
    }

    [Fact]
    public async Task TokenPagesPastTheLimitAreRefusedForThatClientOnly()
    {
        await using var factory = Limited(("RateLimiting:TokenPages:PermitLimit", "3"));
        using var guesser = ClientAt(factory, "2001:db8:1:2::10");
        using var sameNetwork = ClientAt(factory, "2001:db8:1:2::99");
        using var elsewhere = ClientAt(factory, "2001:db8:9:9::10");

        for (var i = 0; i < 3; i++)
        {
            using var guess = await guesser.GetAsync($"/p/{new string('a', 43)}", Ct);
            Assert.Equal(HttpStatusCode.NotFound, guess.StatusCode);
        }

        using var refused = await sameNetwork.GetAsync($"/r/{new string('b', 43)}", Ct);
        using var other = await elsewhere.GetAsync($"/p/{new string('c', 43)}", Ct);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode); // One IPv6 /64 is one client.
        Assert.Equal("no-referrer", refused.Headers.GetValues("Referrer-Policy").Single());
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
    }

    [Fact]
    public async Task DiaryPostsAreLimitedPerLinkWhateverTheClient()
    {
        await using var factory = Limited(("RateLimiting:DiaryPostsPerLink:PermitLimit", "2"));
        var (token, programmeId) = await DiaryForms.ProgrammeLinkAsync(factory);
        var (otherToken, _) = await DiaryForms.ProgrammeLinkAsync(factory);
        var diary = $"/p/{token}/diary";

        using (var first = ClientAt(factory, "198.51.100.1"))
        {
            await first.CheckInAsync(diary, DiaryForms.GoodSession(DiaryForms.DaysAgo(2)));
        }

        using (var second = ClientAt(factory, "198.51.100.2"))
        {
            await second.CheckInAsync(diary, DiaryForms.GoodSession(DiaryForms.DaysAgo(1)));
        }

        using var third = ClientAt(factory, "198.51.100.3");
        using var refused = await third.PostCheckInAsync(diary, DiaryForms.GoodSession());
        using var otherLink = await third.PostCheckInAsync($"/p/{otherToken}/diary", DiaryForms.GoodSession());

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal(2, await DiaryForms.CountCheckInsAsync(factory, programmeId));
        Assert.Equal(HttpStatusCode.Redirect, otherLink.StatusCode);
    }

    [Fact]
    public async Task SwitchingRateLimitingOffLiftsEveryLimit()
    {
        await using var factory = Limited(("RateLimiting:Enabled", "false"), ("RateLimiting:Api:PermitLimit", "1"), ("RateLimiting:TokenPages:PermitLimit", "1"));
        using var client = ClientAt(factory, "203.0.113.5");

        for (var i = 0; i < 5; i++)
        {
            using var api = await client.GetAsync("/api/v1/questions", Ct);
            using var page = await client.GetAsync($"/p/{new string('a', 43)}", Ct);
            Assert.Equal(HttpStatusCode.OK, api.StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        }
    }

    [Theory]
    [InlineData("RateLimiting:Api:PermitLimit", "0")]
    [InlineData("RateLimiting:Login:WindowSeconds", "-1")]
    [InlineData("RateLimiting:CheckInsPerDay", "0")]
    public void AnUnusableLimitStopsTheAppAtStartNamingTheSetting(string key, string value)
    {
        using var factory = Limited((key, value));

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        var setting = key["RateLimiting:".Length..];
        Assert.Contains(setting, error.ToString(), StringComparison.Ordinal);
    }

    internal static Task<HttpResponseMessage> WrongPasswordAsync(PhysioSession session, string email) =>
        session.SubmitAsync("/account/login", "/account/login", new()
        {
            ["_handler"] = "login",
            ["Input.Email"] = email,
            ["Input.Password"] = "not the right password at all",
        });

    private static Dictionary<string, string> Registration() => new()
    {
        ["_handler"] = "register",
        ["Input.DisplayName"] = "Sam Physio",
        ["Input.Email"] = $"physio-{Guid.NewGuid():N}@example.com",
        ["Input.Password"] = PhysioSession.Password,
        ["Input.ConfirmPassword"] = PhysioSession.Password,
    };

    private static int RetryAfterSeconds(HttpResponseMessage response) =>
        (int)(response.Headers.RetryAfter?.Delta?.TotalSeconds ?? -1);
}
