using Microsoft.AspNetCore.Mvc.Testing;
using PiriformisRehab.Web.Tests.Infrastructure;

namespace PiriformisRehab.Web.Tests.Features.SavedResults;

/// <summary>Link tokens and answers never reach the logs, at any level and from any category.</summary>
[Collection(nameof(LogCaptureRunsAlone))]
public sealed class SavedResultsLogPrivacyTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task SavingOpeningAndDeletingLogNeitherTheTokenNorTheAnswers()
    {
        var sink = new CapturingSink();
        using var client = factory.WithLogCapture(sink).CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var token = await client.SaveThroughResultsPageAsync(SavedResultsForms.SelfCareDraft());
        using (await client.GetAsync($"/r/{token}", TestContext.Current.CancellationToken))
        using (await client.PressDeleteAsync(token, confirm: true))
        using (await client.GetAsync($"/r/{token}", TestContext.Current.CancellationToken))
        {
        }

        var logged = sink.Everything();
        Assert.Contains("/r/{Token}", logged, StringComparison.Ordinal);
        Assert.DoesNotContain(token, logged, StringComparison.Ordinal);
        Assert.DoesNotContain(token[..12], logged, StringComparison.Ordinal);
        Assert.DoesNotContain("runningWithPain", logged, StringComparison.Ordinal);
        Assert.DoesNotContain("sciaticNotchTenderness", logged, StringComparison.Ordinal);
    }
}
