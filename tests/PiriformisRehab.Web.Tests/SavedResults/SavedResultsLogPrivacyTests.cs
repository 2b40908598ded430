using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using PiriformisRehab.Web.Tests.Infrastructure;
using PiriformisRehab.Web.Tests.Logging;
using Serilog.Core;

namespace PiriformisRehab.Web.Tests.SavedResults;

/// <summary>Link tokens and answers never reach the logs, at any level and from any category.</summary>
public sealed class SavedResultsLogPrivacyTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task SavingOpeningAndDeletingLogNeitherTheTokenNorTheAnswers()
    {
        var sink = new CapturingSink();
        using var client = factory.WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Serilog:MinimumLevel:Default", "Verbose");
            // The framework's own categories too, down to Verbose: they are where a path or a form could leak.
            builder.UseSetting("Serilog:MinimumLevel:Override:Microsoft.AspNetCore", "Verbose");
            builder.UseSetting("Serilog:MinimumLevel:Override:Microsoft.EntityFrameworkCore", "Verbose");
            builder.ConfigureServices(services => services.AddSingleton<ILogEventSink>(sink));
        }).CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

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
