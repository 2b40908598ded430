using System.Net;
using PiriformisRehab.Web.Tests.Infrastructure;
using static PiriformisRehab.Web.Tests.Features.PatientPages.PatientPageViews;

namespace PiriformisRehab.Web.Tests.Features.PatientPages;

/// <summary>The diary's form token on a kept page: worked out once per antiforgery cookie, never trusted without one.</summary>
public sealed class PatientFormTokenTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AReturningPatientIsHandedTheSameFormTokenAndNoNewCookie()
    {
        using var shared = await ShareAsync(factory);
        using var patient = PhysioSession.NewClient(factory);
        await patient.GetHtmlAsync(shared.Diary);
        var second = await ViewWithCookiesAsync(patient, shared.Diary);

        var third = await ViewWithCookiesAsync(patient, shared.Diary);

        Assert.Equal(second.Token, third.Token);
        Assert.False(third.NewAntiforgeryCookie);
    }

    [Fact]
    public async Task AFormTokenHandedOutAgainIsAcceptedForACheckIn()
    {
        using var shared = await ShareAsync(factory);
        using var patient = PhysioSession.NewClient(factory);
        await patient.GetHtmlAsync(shared.Diary);
        await patient.GetHtmlAsync(shared.Diary);
        var served = Kept(factory).Served;

        using var response = await patient.PostCheckInAsync(shared.Diary, DiaryForms.GoodSession(DiaryForms.DaysAgo(1)));

        Assert.Equal(served + 1, Kept(factory).Served);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [Fact]
    public async Task AForgedAntiforgeryCookieIsReplacedOnEveryViewAndItsTokenIsNotReused()
    {
        using var shared = await ShareAsync(factory);
        await ViewHtmlAsync(factory, shared.Diary);
        var forged = $"{await AntiforgeryCookieNameAsync()}=CfDJ8forged";

        var first = await ViewWithCookieHeaderAsync(shared.Diary, forged);
        var second = await ViewWithCookieHeaderAsync(shared.Diary, forged);

        Assert.True(first.NewAntiforgeryCookie);
        Assert.True(second.NewAntiforgeryCookie);
        Assert.NotEqual(first.Token, second.Token);
    }

    /// <summary>Seeded, bounded: antiforgery cookie values a browser or an attacker could send (printable ASCII, as a Cookie header allows).</summary>
    public static TheoryData<int> GeneratedCookieSeeds => new(Enumerable.Range(1, 12));

    [Theory]
    [MemberData(nameof(GeneratedCookieSeeds))]
    public async Task AGeneratedAntiforgeryCookieGetsTheDiaryAndANewCookieNeverAnError(int seed)
    {
        using var shared = await ShareAsync(factory);
        await ViewHtmlAsync(factory, shared.Diary);
        var random = new Random(seed);
        const string Allowed = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.~!#$%&'()*+/:<>?@[]^`{|}";
        var value = "CfDJ8" + new string([.. Enumerable.Range(0, random.Next(0, 300)).Select(_ => Allowed[random.Next(Allowed.Length)])]);

        var view = await ViewWithCookieHeaderAsync(shared.Diary, $"{await AntiforgeryCookieNameAsync()}={value}");

        Assert.True(view.NewAntiforgeryCookie);
    }

    [Fact]
    public async Task TwoPatientsWithTheirOwnCookiesAreHandedDifferentFormTokens()
    {
        using var shared = await ShareAsync(factory);
        using var one = PhysioSession.NewClient(factory);
        using var other = PhysioSession.NewClient(factory);
        await one.GetHtmlAsync(shared.Diary);
        await other.GetHtmlAsync(shared.Diary);

        var first = await ViewWithCookiesAsync(one, shared.Diary);
        var second = await ViewWithCookiesAsync(other, shared.Diary);

        Assert.NotEqual(first.Token, second.Token);
    }

    private sealed record View(string Token, bool NewAntiforgeryCookie);

    private static async Task<View> ViewWithCookiesAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path, Ct);
        return await ReadAsync(response);
    }

    private async Task<View> ViewWithCookieHeaderAsync(string path, string cookie)
    {
        using var response = await ViewAsync(factory, path, request => request.Headers.Add("Cookie", cookie));
        return await ReadAsync(response);
    }

    /// <summary>The app's antiforgery cookie name, as a first view of a diary sets it.</summary>
    private async Task<string> AntiforgeryCookieNameAsync()
    {
        using var shared = await ShareAsync(factory);
        using var response = await ViewAsync(factory, shared.Diary);
        return AntiforgeryCookieName(response) ?? throw new InvalidOperationException("A first view sets no antiforgery cookie.");
    }

    private static async Task<View> ReadAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var token = SavedResultsForms.AntiforgeryToken(await response.Content.ReadAsStringAsync(Ct));
        return new View(token, AntiforgeryCookieName(response) is not null);
    }

    /// <summary>The antiforgery cookie's name if the response sets one.</summary>
    private static string? AntiforgeryCookieName(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var cookies)
            ? cookies.Select(c => c.Split('=')[0]).FirstOrDefault(n => n.StartsWith(".AspNetCore.Antiforgery", StringComparison.Ordinal))
            : null;
}
