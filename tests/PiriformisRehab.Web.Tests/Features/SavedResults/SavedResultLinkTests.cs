using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using PiriformisRehab.Web.Features.Common;
using PiriformisRehab.Web.Tests.Infrastructure;

namespace PiriformisRehab.Web.Tests.Features.SavedResults;

/// <summary>The private /r/{token} link's privacy: unusable links all look the same, and no response leaks the token.</summary>
public sealed class SavedResultLinkTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private const string NotValid = "This link is not valid";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public static TheoryData<string> UnusableLinks =>
    [
        "/r/not-a-token",
        "/r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
        "/r/" + ShareToken.Create().Token,
    ];

    private HttpClient CreateClient() => factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    [Theory]
    [MemberData(nameof(UnusableLinks))]
    public async Task UnknownOrMalformedLinksAnswer404WithTheNotValidPage(string path)
    {
        using var client = CreateClient();

        using var response = await client.GetAsync(path, Cancel);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(Cancel);
        Assert.Contains(NotValid, html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-triage", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SavedPageSendsNoReferrerNoStoreAndNoindex()
    {
        using var client = CreateClient();
        var token = await client.SaveThroughResultsPageAsync(SavedResultsForms.SelfCareDraft());

        using var response = await client.GetAsync($"/r/{token}", Cancel);

        AssertTokenPageHeaders(response);
    }

    [Theory]
    [MemberData(nameof(UnusableLinks))]
    public async Task NotValidLinksSendNoReferrerNoStoreAndNoindex(string path)
    {
        using var client = CreateClient();

        using var response = await client.GetAsync(path, Cancel);

        AssertTokenPageHeaders(response);
    }

    private static void AssertTokenPageHeaders(HttpResponseMessage response)
    {
        Assert.Equal("no-referrer", string.Join(",", response.Headers.GetValues("Referrer-Policy")));
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        Assert.Contains("noindex", string.Join(",", response.Headers.GetValues("X-Robots-Tag")), StringComparison.Ordinal);
    }
}
