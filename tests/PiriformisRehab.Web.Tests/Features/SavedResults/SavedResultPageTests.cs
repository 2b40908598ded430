using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PiriformisRehab.Domain;
using PiriformisRehab.Web.Data;
using PiriformisRehab.Web.Features.Common;
using PiriformisRehab.Web.Tests.Infrastructure;

namespace PiriformisRehab.Web.Tests.Features.SavedResults;

/// <summary>"Save my results" and the private /r/{token} page, over HTTP as a browser without JavaScript sees them.</summary>
public sealed class SavedResultPageTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private const string NotValid = "This link is not valid";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private HttpClient CreateClient() => factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    [Fact]
    public async Task ResultsPageOffersSaveMyResultsAsAnAntiforgeryForm()
    {
        using var client = CreateClient();

        var html = await client.ShowResultsAsync(SavedResultsForms.SelfCareDraft());

        Assert.Contains("Save my results", html, StringComparison.Ordinal);
        Assert.Contains("value=\"save-results\"", html, StringComparison.Ordinal);
        Assert.Contains("__RequestVerificationToken", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SavingRedirectsToThePrivateLink()
    {
        using var client = CreateClient();

        using var response = await client.PressSaveAsync(SavedResultsForms.SelfCareDraft());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var token = response.Headers.Location!.ToString().Split('/')[^1];
        Assert.True(ShareToken.LooksValid(token));
    }

    [Fact]
    public async Task SavingWithoutTheAntiforgeryTokenIsRefusedAndStoresNothing()
    {
        using var client = CreateClient();
        var before = await CountSavedAsync();

        using var response = await client.PostFormAsync("/check/results", "save-results", "forged", ("answers", SavedResultsForms.SelfCareDraft().ToJson()));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, await CountSavedAsync());
    }

    [Fact]
    public async Task OpeningTheLinkShowsTheSavedResultAsASavedCopy()
    {
        using var client = CreateClient();
        var token = await client.SaveThroughResultsPageAsync(SavedResultsForms.SelfCareDraft());

        using var response = await client.GetAsync($"/r/{token}", Cancel);
        var html = await response.Content.ReadAsStringAsync(Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("data-triage=\"selfCare\"", html, StringComparison.Ordinal);
        Assert.Contains("This is a saved copy", html, StringComparison.Ordinal);
        Assert.Contains(DateTimeOffset.UtcNow.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture), html, StringComparison.Ordinal);
        Assert.Contains("anyone who has it can see these results", html, StringComparison.Ordinal);
        Assert.Contains("Delete my data", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpeningTheLinkInANewClientWithoutCookiesShowsTheSameResult()
    {
        string token;
        using (var saver = CreateClient())
        {
            token = await saver.SaveThroughResultsPageAsync(SavedResultsForms.SelfCareDraft());
        }

        using var stranger = CreateClient();
        using var response = await stranger.GetAsync($"/r/{token}", Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("data-likelihood-band=\"high\"", await response.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SavedCopyOffersNoChangeLinks()
    {
        using var client = CreateClient();
        var token = await client.SaveThroughResultsPageAsync(SavedResultsForms.SelfCareDraft());

        var html = await client.GetHtmlAsync($"/r/{token}");

        Assert.Contains("data-answer=\"buttockPain\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("change-link", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CurrentRulesShowNoRulesChangedNotice()
    {
        using var client = CreateClient();
        var token = await client.SaveThroughResultsPageAsync(SavedResultsForms.SelfCareDraft());

        var html = await client.GetHtmlAsync($"/r/{token}");

        Assert.DoesNotContain("data-rules-changed", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChangedRulesShowTheNoticeWithBothVersions()
    {
        using var client = CreateClient();
        var token = await client.SaveThroughResultsPageAsync(SavedResultsForms.SelfCareDraft());
        await using (var db = await Contexts().CreateDbContextAsync(Cancel))
        {
            await db.SavedAssessments.Where(a => a.TokenHash == ShareToken.Hash(token))
                .ExecuteUpdateAsync(s => s.SetProperty(a => a.RulesVersion, "0.9.0+00000000"), Cancel);
        }

        var html = WebUtility.HtmlDecode(await client.GetHtmlAsync($"/r/{token}"));

        Assert.Contains("data-rules-changed=\"true\"", html, StringComparison.Ordinal);
        Assert.Contains("rules have changed since this was saved", html, StringComparison.Ordinal);
        Assert.Contains("0.9.0+00000000", html, StringComparison.Ordinal);
        Assert.Contains(AssessmentEngine.RulesVersion, html, StringComparison.Ordinal);
        Assert.Contains("data-triage=\"selfCare\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AStoredResultThisVersionCannotReadShowsTheAnswersAndSaysSo()
    {
        using var client = CreateClient();
        var token = await client.SaveThroughResultsPageAsync(SavedResultsForms.SelfCareDraft());
        await using (var db = await Contexts().CreateDbContextAsync(Cancel))
        {
            await db.SavedAssessments.Where(a => a.TokenHash == ShareToken.Hash(token))
                .ExecuteUpdateAsync(s => s.SetProperty(a => a.ResultJson, "{\"triage\":\"selfCare\"}"), Cancel);
        }

        using var response = await client.GetAsync($"/r/{token}", Cancel);
        var html = await response.Content.ReadAsStringAsync(Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("data-result-unreadable", html, StringComparison.Ordinal);
        Assert.Contains("data-answer=\"buttockPain\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-triage", html, StringComparison.Ordinal);
        Assert.Contains("Delete my data", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeletingWithConfirmationSaysDeletedAndRemovesTheRow()
    {
        using var client = CreateClient();
        var token = await client.SaveThroughResultsPageAsync(SavedResultsForms.SelfCareDraft());

        using var response = await client.PressDeleteAsync(token, confirm: true);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Your saved results have been deleted", await response.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        await using var db = await Contexts().CreateDbContextAsync(Cancel);
        Assert.False(await db.SavedAssessments.AnyAsync(a => a.TokenHash == ShareToken.Hash(token), Cancel));
    }

    [Fact]
    public async Task AfterDeletingTheLinkAnswers404NotValid()
    {
        using var client = CreateClient();
        var token = await client.SaveThroughResultsPageAsync(SavedResultsForms.SelfCareDraft());
        using (await client.PressDeleteAsync(token, confirm: true))
        {
        }

        using var response = await client.GetAsync($"/r/{token}", Cancel);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains(NotValid, await response.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeletingWithoutTheConfirmationKeepsTheSavedResult()
    {
        using var client = CreateClient();
        var token = await client.SaveThroughResultsPageAsync(SavedResultsForms.SelfCareDraft());

        using var response = await client.PressDeleteAsync(token, confirm: false);

        Assert.Contains("Tick the box to confirm", await response.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        using var reopened = await client.GetAsync($"/r/{token}", Cancel);
        Assert.Equal(HttpStatusCode.OK, reopened.StatusCode);
    }

    [Fact]
    public async Task DeletingTwiceAnswers404NotValid()
    {
        using var client = CreateClient();
        var token = await client.SaveThroughResultsPageAsync(SavedResultsForms.SelfCareDraft());
        var antiforgery = SavedResultsForms.AntiforgeryToken(await client.GetHtmlAsync($"/r/{token}"));
        using (await client.PostFormAsync($"/r/{token}", "delete-saved", antiforgery, ("confirm", "true")))
        {
        }

        using var again = await client.PostFormAsync($"/r/{token}", "delete-saved", antiforgery, ("confirm", "true"));

        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        Assert.Contains(NotValid, await again.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
    }

    private IDbContextFactory<AppDbContext> Contexts() => factory.Services.GetRequiredService<IDbContextFactory<AppDbContext>>();

    private async Task<int> CountSavedAsync()
    {
        await using var db = await Contexts().CreateDbContextAsync(Cancel);
        return await db.SavedAssessments.CountAsync(Cancel);
    }
}
