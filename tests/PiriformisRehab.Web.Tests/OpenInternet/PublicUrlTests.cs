using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using PiriformisRehab.Web.Tests.Infrastructure;

namespace PiriformisRehab.Web.Tests.OpenInternet;

/// <summary>Links come from PublicBaseUrl, never the Host header; unknown hosts and unknown proxies are not believed.</summary>
public sealed class PublicUrlTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AnIssuedLinkAndItsQrCodeUseThePublicBaseUrlWhateverTheHostHeader()
    {
        await using var factory = new AppFactory { Settings = { ["PublicBaseUrl"] = "https://rehab.example.org/clinic-app", ["AllowedHosts"] = "*" } };
        // Over https: the cookies are Secure, and the client sends them back only over https.
        using var physio = await PhysioSession.RegisterAsync(factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false }), factory);
        var patientId = await physio.AddPatientAsync();
        var programmeId = await physio.CreateStandardProgrammeAsync(patientId);

        physio.Client.DefaultRequestHeaders.Host = "evil.example";
        var token = await physio.IssueLinkAsync(patientId, programmeId);
        physio.Client.DefaultRequestHeaders.Host = null;
        using var again = await physio.SubmitAsync("/clinic", $"/clinic/patients/{patientId}/programmes/{programmeId}/links", new() { ["_handler"] = "issue-link", ["expiryDays"] = "30" });
        var html = await again.Content.ReadAsStringAsync(Ct);

        Assert.Matches("[A-Za-z0-9_-]{43}", token);
        Assert.Contains("https://rehab.example.org/clinic-app/p/", html, StringComparison.Ordinal);
        Assert.DoesNotContain("evil.example", html, StringComparison.Ordinal);
        Assert.DoesNotContain("http://localhost", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARequestForAnUnknownHostIsRefused()
    {
        await using var factory = new AppFactory();
        using var client = factory.CreateClient();
        client.DefaultRequestHeaders.Host = "evil.example";

        using var response = await client.GetAsync("/", Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task ThePublicHostIsAllowedWithoutListingItInAllowedHosts()
    {
        await using var factory = new AppFactory { Settings = { ["PublicBaseUrl"] = "https://rehab.example.org" } };
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://rehab.example.org") });

        using var response = await client.GetAsync("/", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("")]
    [InlineData("rehab.example.org")]
    [InlineData("ftp://rehab.example.org")]
    [InlineData("http://rehab.example.org")]
    [InlineData("https://rehab.example.org/?a=1")]
    [InlineData("https://user:pw@rehab.example.org")]
    [InlineData("/relative")]
    public void AnUnusablePublicBaseUrlStopsTheAppAtStartNamingTheSetting(string value)
    {
        using var factory = new AppFactory { Settings = { ["PublicBaseUrl"] = value } };

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains("PublicBaseUrl", Flatten(error), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AForwardedSchemeIsBelievedOnlyFromAConfiguredProxy()
    {
        await using var factory = new AppFactory
        {
            ClientAddressFromHeader = true,
            Settings = { ["ForwardedHeaders:KnownProxies:0"] = "10.0.0.1" },
        };
        using var client = factory.CreateClient();

        var fromProxy = await AntiforgeryCookieAsync(client, "10.0.0.1");
        var fromStranger = await AntiforgeryCookieAsync(client, "203.0.113.9");

        Assert.Contains("secure", fromProxy, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("secure", fromStranger, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task CookiesAreSecureWhenThePublicAddressIsHttpsEvenIfTheProxySpeaksPlainHttp()
    {
        await using var factory = new AppFactory { Settings = { ["PublicBaseUrl"] = "https://rehab.example.org", ["AllowedHosts"] = "localhost" } };
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/account/login", Ct);

        var cookies = response.Headers.GetValues("Set-Cookie").ToList();
        Assert.NotEmpty(cookies);
        Assert.All(cookies, c => Assert.Contains("secure", c, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task AnInvalidProxyAddressStopsTheAppAtStartNamingTheSetting()
    {
        using var factory = new AppFactory { Settings = { ["ForwardedHeaders:KnownProxies:0"] = "not-an-ip" } };

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains("ForwardedHeaders:KnownProxies", Flatten(error), StringComparison.Ordinal);
        await Task.CompletedTask;
    }

    private static async Task<string> AntiforgeryCookieAsync(HttpClient client, string address)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/account/login");
        request.Headers.Add(TestClientAddress.Header, address);
        request.Headers.Add("X-Forwarded-For", "198.51.100.7");
        request.Headers.Add("X-Forwarded-Proto", "https");
        using var response = await client.SendAsync(request, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return string.Join("\n", response.Headers.GetValues("Set-Cookie"));
    }

    private static string Flatten(Exception error)
    {
        var messages = new List<string>();
        for (Exception? e = error; e is not null; e = e.InnerException)
        {
            messages.Add(e.Message);
            if (e is AggregateException aggregate)
            {
                messages.AddRange(aggregate.InnerExceptions.Select(Flatten));
            }
        }

        return string.Join(" | ", messages);
    }
}
