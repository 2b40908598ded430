using Microsoft.Playwright;
using PiriformisRehab.EndToEnd.Tests.Infrastructure;

namespace PiriformisRehab.EndToEnd.Tests.TwoInstances;

/// <summary>
/// Two published instances on one PostgreSQL database behind a sticky proxy, in Chromium: visitors
/// are spread over both, sign-in and links work on either, and losing one instance costs a physio
/// neither the session nor a runner the self-check draft.
/// </summary>
[Collection(nameof(TwoInstanceTests))]
[CollectionDefinition(nameof(TwoInstanceTests), DisableParallelization = true)]
public sealed class TwoInstanceTests(AppServer server)
{
    [Fact]
    public async Task TwoInstancesShareSignInLinksAndDraftsAndAReloadAfterOneDiesLandsOnTheSurvivor()
    {
        var (publishedApp, postgres) = ClusterRequirement.Ensure();
        BrowserRequirement.EnsureChromium();
        await using var database = await SharedDatabase.CreateAsync(postgres);
        await AppProcess.MigrateAsync(publishedApp, database.ConnectionString);
        var instances = await AppProcess.StartInstancesAsync(publishedApp, database.ConnectionString, "instance-a", "instance-b");
        await using var first = instances[0];
        await using var second = instances[1];
        await using var proxy = await StickyProxy.StartAsync(instances);

        // Two browsers land on different instances.
        var physio = await NewPageAsync(proxy, Viewport.Desktop);
        var runner = await NewPageAsync(proxy, Viewport.Phone);
        var physioHome = await ServedByAsync(physio.GotoAsync("/"));
        var runnerHome = await ServedByAsync(runner.GotoAsync("/"));
        Assert.NotEqual(physioHome, runnerHome);

        // The physio signs up and issues a patient link on hers.
        await ClinicFlowTests.RegisterAsync(physio);
        Assert.Equal(physioHome, await ServedByAsync(physio.ReloadAsync()));
        var link = await IssueLinkAsync(physio);

        // The link issued on one instance opens on the other.
        Assert.Equal(runnerHome, await ServedByAsync(runner.GotoAsync(link)));
        await Assertions.Expect(runner.Locator("h1")).ToHaveTextAsync("Your exercise programme");

        // The physio, moved to the other instance by its affinity cookie, is still signed in there.
        var runnerAffinity = (await runner.Context.CookiesAsync()).Single(c => c.Name == StickyProxy.AffinityCookie);
        await physio.Context.AddCookiesAsync([new Cookie { Name = runnerAffinity.Name, Value = runnerAffinity.Value, Domain = runnerAffinity.Domain, Path = runnerAffinity.Path }]);
        Assert.Equal(runnerHome, await ServedByAsync(physio.GotoAsync("/clinic")));
        await AssertSignedInAsync(physio);

        // The runner starts the self-check there; the draft travels in a protected cookie.
        Assert.Equal(runnerHome, await ServedByAsync(runner.GotoAsync("/check")));
        await AnswerUpToCoreAsync(runner);

        // That instance dies; the next reloads land on the survivor with nothing lost.
        var dying = instances.Single(i => i.Name == runnerHome);
        await dying.KillAsync();
        await proxy.WaitUntilUnhealthyAsync(dying.Name);

        Assert.Equal(physioHome, await ServedByAsync(physio.ReloadAsync()));
        await AssertSignedInAsync(physio);
        Assert.Equal(physioHome, await ServedByAsync(runner.ReloadAsync()));
        // The draft cookie is protected with the shared key ring, so the survivor reads it.
        await runner.Locator("[data-step='main-signs']").WaitForAsync();
        await runner.GoBackAsync();
        await runner.Locator("[data-step='standing-and-walking']").WaitForAsync();
        await Assertions.Expect(runner.Locator("[data-question-id='cannotBearWeight'] input[value='false']")).ToBeCheckedAsync();
        Assert.False(instances.Single(i => i.Name == physioHome).HasExited);
    }

    private async Task<IPage> NewPageAsync(StickyProxy proxy, Viewport viewport)
    {
        var context = await server.Browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = proxy.Address.ToString(),
            ViewportSize = new ViewportSize { Width = viewport.Width, Height = viewport.Height },
            IsMobile = viewport.IsMobile,
            HasTouch = viewport.IsMobile,
        });
        context.SetDefaultTimeout(20_000);
        BrowserContexts.Track(context);
        return await context.NewPageAsync();
    }

    private static async Task<string> ServedByAsync(Task<IResponse?> navigation)
    {
        var response = await navigation;
        Assert.NotNull(response);
        var headers = await response.AllHeadersAsync();
        Assert.True(headers.TryGetValue(StickyProxy.ServedByHeader.ToLowerInvariant(), out var instance), $"{response.Url} ({response.Status}) did not come through the proxy: {string.Join(", ", headers.Keys)}");
        return instance;
    }

    private static async Task<string> IssueLinkAsync(IPage physio)
    {
        await physio.GetByLabel("Label").FillAsync("Two instances 01");
        await physio.GetByRole(AriaRole.Button, new() { Name = "Add patient" }).ClickAsync();
        await Assertions.Expect(physio.Locator("h1")).ToHaveTextAsync("Two instances 01");
        await physio.GetByRole(AriaRole.Button, new() { Name = "Start from the standard plan" }).ClickAsync();
        await Assertions.Expect(physio.Locator("h1")).ToHaveTextAsync("Programme for Two instances 01");
        await physio.GetByRole(AriaRole.Button, new() { Name = "Issue a patient link" }).ClickAsync();
        var href = await physio.Locator("[data-patient-link]").GetAttributeAsync("href");
        Assert.NotNull(href);
        // The link names PublicBaseUrl (the public address, never the Host this proxy forwarded);
        // the runner opens its path through this test's proxy.
        return new Uri(href).PathAndQuery;
    }

    private static async Task AssertSignedInAsync(IPage physio)
    {
        Assert.EndsWith("/clinic", new Uri(physio.Url).AbsolutePath, StringComparison.Ordinal);
        await Assertions.Expect(physio.GetByRole(AriaRole.Button, new() { Name = "Add patient" })).ToBeVisibleAsync();
    }

    private static async Task AnswerUpToCoreAsync(IPage page)
    {
        await page.Locator("[data-step]").WaitForAsync();
        await QuickCheck.AnswerUpToAsync(page, "main-signs");
    }
}
