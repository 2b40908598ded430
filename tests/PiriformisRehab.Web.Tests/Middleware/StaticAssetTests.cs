using System.Net;
using System.Text.RegularExpressions;
using PiriformisRehab.Web.Tests.Infrastructure;

namespace PiriformisRehab.Web.Tests.Middleware;

/// <summary>The first visit downloads compressed, fingerprinted, immutable assets.</summary>
public sealed partial class StaticAssetTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [GeneratedRegex("(?:href|src)=\"(?<url>[^\"]+\\.(?:css|js))\"")]
    private static partial Regex AssetReference();

    private static async Task<List<string>> AssetUrlsAsync(HttpClient client)
    {
        var html = await client.GetStringAsync("/check", TestContext.Current.CancellationToken);
        return [.. AssetReference().Matches(html).Select(m => m.Groups["url"].Value)];
    }

    [Fact]
    public async Task EveryAssetOfTheFirstVisitIsServedCompressed()
    {
        using var client = factory.CreateClient();
        var urls = await AssetUrlsAsync(client);
        Assert.Contains(urls, u => u.Contains("MudBlazor.min", StringComparison.Ordinal) && u.EndsWith(".css", StringComparison.Ordinal));

        foreach (var url in urls)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/" + url);
            request.Headers.AcceptEncoding.ParseAdd("br, gzip");
            using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.True(response.Content.Headers.ContentEncoding.Count > 0, $"{url} was sent uncompressed.");
        }
    }

    [Fact]
    public async Task FingerprintedPackageAssetsAreCachedAsImmutable()
    {
        using var client = factory.CreateClient();
        var mud = (await AssetUrlsAsync(client)).Where(u => u.StartsWith("_content/MudBlazor/", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(mud);

        foreach (var url in mud)
        {
            using var response = await client.GetAsync("/" + url, TestContext.Current.CancellationToken);

            Assert.Contains("immutable", response.Headers.CacheControl?.ToString() ?? string.Empty, StringComparison.Ordinal);
        }
    }
}
