using Microsoft.AspNetCore.Mvc.Testing;
using PiriformisRehab.Web.Tests.Infrastructure;

namespace PiriformisRehab.Web.Tests.OpenInternet;

/// <summary>Every kind of response carries the security headers, errors and assets included.</summary>
public sealed class SecurityHeaderTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private const string Csp =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; connect-src 'self'; img-src 'self' data:; "
        + "font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/", "same-origin")]
    [InlineData("/check", "same-origin")]
    [InlineData("/account/login", "same-origin")]
    [InlineData("/clinic", "same-origin")]
    [InlineData("/no-such-page", "same-origin")]
    [InlineData("/api/v1/questions", "same-origin")]
    [InlineData("/api/v1/no-such-endpoint", "same-origin")]
    [InlineData("/openapi/v1.json", "same-origin")]
    [InlineData("/app.css", "same-origin")]
    [InlineData("/health/live", "same-origin")]
    [InlineData("/p/not-a-real-token", "no-referrer")]
    [InlineData("/r/not-a-real-token/diary", "no-referrer")]
    public async Task EveryResponseCarriesTheSecurityHeaders(string path, string referrerPolicy)
    {
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var response = await client.GetAsync(path, Ct);

        Assert.Equal(Csp, Header(response, "Content-Security-Policy"));
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal(referrerPolicy, Header(response, "Referrer-Policy"));
        Assert.Contains("camera=()", Header(response, "Permissions-Policy"), StringComparison.Ordinal);
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        Assert.False(response.Headers.Contains("Server"));
    }

    [Fact]
    public async Task HttpsResponsesOutsideDevelopmentCarryHsts()
    {
        await using var app = new AppFactory { Settings = { ["PublicBaseUrl"] = "https://rehab.example.org" } };
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://rehab.example.org") });

        using var response = await client.GetAsync("/", Ct);

        Assert.Equal("max-age=31536000; includeSubDomains", Header(response, "Strict-Transport-Security"));
    }

    [Fact]
    public async Task PlainHttpResponsesCarryNoHsts()
    {
        using var response = await factory.CreateClient().GetAsync("/", Ct);

        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task PagesHaveNoInlineScriptOrEventHandler()
    {
        using var client = factory.CreateClient();
        foreach (var path in new[] { "/", "/check", "/account/login", "/account/register" })
        {
            var html = await client.GetStringAsync(path, Ct);
            Assert.DoesNotMatch("<script(?![^>]*\\ssrc=)[^>]*>", html);
            Assert.DoesNotMatch("\\son[a-z]+=\"", html);
        }
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : $"(no {name})";
}
