using PiriformisRehab.Web.Tests.Infrastructure;

namespace PiriformisRehab.Web.Tests.Features.SelfCheck;

/// <summary>Public pages describe themselves and have an icon; the check's private pages are not indexed.</summary>
public sealed class PageHeadTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task HomePageHasAMetaDescriptionAndAFavicon()
    {
        using var client = factory.CreateClient();

        var html = await client.GetStringAsync("/", TestContext.Current.CancellationToken);

        Assert.Contains("<meta name=\"description\" content=\"", html, StringComparison.Ordinal);
        Assert.Contains("rel=\"icon\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("noindex", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/check/nerves")]
    [InlineData("/check/start-again")]
    public async Task CheckPagesAreNotIndexed(string path)
    {
        using var client = factory.CreateClient();

        var html = await client.GetStringAsync(path, TestContext.Current.CancellationToken);

        Assert.Contains("<meta name=\"robots\" content=\"noindex\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ScopedStylesheetIsLinkedSoTheReconnectDialogShowsOneState()
    {
        using var client = factory.CreateClient();

        var html = await client.GetStringAsync("/", TestContext.Current.CancellationToken);

        Assert.Matches("href=\"PiriformisRehab\\.Web\\.[a-z0-9]+\\.styles\\.css\"", html);
    }
}
