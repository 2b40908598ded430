using System.Net;
using PiriformisRehab.Web.Features.Accounts;
using PiriformisRehab.Web.Tests.Infrastructure;

namespace PiriformisRehab.Web.Tests.OpenInternet;

/// <summary>Only a plain local path may follow sign-in or sign-out; anything else falls back, never a 500.</summary>
public sealed class ReturnUrlTests(AppFactory factory) : IClassFixture<AppFactory>
{
    public static TheoryData<string> Unsafe =>
    [
        "//evil.example", "/\\evil.example", "\\\\evil.example", "https://evil.example/", "http:/evil.example", "javascript:alert(1)",
        "/\t/evil.example", "/ /evil.example", "/\r\nSet-Cookie: a=b", "/%0d%0aSet-Cookie:a=b\r\n", "/a\0b", "/\ud800", "/é", "clinic",
        "/clinic#x", "", " /clinic", "/" + new string('a', 3000),
    ];

    [Theory]
    [MemberData(nameof(Unsafe))]
    public void AnUnsafeReturnUrlFallsBack(string returnUrl) =>
        Assert.Equal("/clinic", AccountUrls.SafeReturnUrl(returnUrl));

    [Theory]
    [InlineData("/clinic")]
    [InlineData("/clinic/patients/6f1c2b9e-0000-4000-8000-000000000000?saved=1")]
    [InlineData("/")]
    [InlineData("/%2F%2Fevil.example")]
    public void APlainLocalPathIsKept(string returnUrl) =>
        Assert.Equal(returnUrl, AccountUrls.SafeReturnUrl(returnUrl));

    /// <summary>As <see cref="Unsafe"/>, less the NUL character, which the form reader refuses as a 400 before the handler runs.</summary>
    public static TheoryData<string> UnsafeFormValues => [.. Unsafe.Select(row => row.Data).Where(url => !url.Contains('\0', StringComparison.Ordinal))];

    [Theory]
    [MemberData(nameof(UnsafeFormValues))]
    public async Task SigningOutWithAnUnsafeReturnUrlGoesHome(string returnUrl)
    {
        using var physio = await PhysioSession.RegisterAsync(factory);

        using var response = await physio.SubmitAsync("/clinic", "/account/logout", new() { ["returnUrl"] = returnUrl });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("//evil.example")]
    [InlineData("/\\evil.example")]
    [InlineData("%2F%2Fevil.example")]
    [InlineData("/%0d%0aSet-Cookie:a=b")]
    public async Task SigningInWithAnUnsafeReturnUrlStaysOnTheSite(string returnUrl)
    {
        var email = $"physio-{Guid.NewGuid():N}@example.com";
        using (await PhysioSession.RegisterAsync(factory, email))
        {
        }

        using var client = PhysioSession.NewClient(factory);
        var session = new PhysioSession(client);
        var loginPath = "/account/login?ReturnUrl=" + Uri.EscapeDataString(returnUrl);
        using var response = await session.SubmitAsync(loginPath, loginPath, new()
        {
            ["_handler"] = "login",
            ["Input.Email"] = email,
            ["Input.Password"] = PhysioSession.Password,
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!;
        Assert.True(!location.IsAbsoluteUri || location.Host == "localhost", $"Redirected off the site: {location}");
        Assert.DoesNotContain("evil.example", location.IsAbsoluteUri ? location.Host : location.OriginalString.Split('/', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? string.Empty, StringComparison.Ordinal);
    }
}
