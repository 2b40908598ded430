using System.Net;
using System.Text.RegularExpressions;
using PiriformisRehab.Web.Features.SelfCheck;

namespace PiriformisRehab.Web.Tests.Infrastructure;

/// <summary>
/// Drives the static SSR forms as a browser would: read the antiforgery token from the page just
/// served, then post it back with the cookie the client keeps.
/// </summary>
internal static partial class SavedResultsForms
{
    /// <summary>A self-care runner's answers; "runningWithPain" and "sciaticNotchTenderness" must never reach a log.</summary>
    public static AnswerDraft SelfCareDraft()
    {
        var draft = new AnswerDraft();
        foreach (var id in new[] { "buttockPain", "sciaticNotchTenderness", "worseSitting", "worseOnPiriformisStretch" })
        {
            draft.Set(id, "true");
        }

        draft.Set("painNow", "2");
        draft.Set("painWorst", "3");
        draft.Set("runningStatus", "runningWithPain");
        draft.Set("age", "34");
        return draft;
    }

    [GeneratedRegex("<input[^>]*name=\"__RequestVerificationToken\"[^>]*value=\"(?<value>[^\"]+)\"")]
    private static partial Regex AntiforgeryInput();

    public static string AntiforgeryToken(string html)
    {
        var match = AntiforgeryInput().Match(html);
        Assert.True(match.Success, "The page has no antiforgery token.");
        return WebUtility.HtmlDecode(match.Groups["value"].Value);
    }

    public static async Task<string> GetHtmlAsync(this HttpClient client, string path)
    {
        using var response = await client.GetAsync(path, TestContext.Current.CancellationToken);
        return await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
    }

    public static Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string path, string handler, string antiforgery, params (string Name, string Value)[] fields)
    {
        var content = new FormUrlEncodedContent(
            [
                new("_handler", handler),
                new("__RequestVerificationToken", antiforgery),
                .. fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)),
            ]);
        return client.PostAsync(path, content, TestContext.Current.CancellationToken);
    }

    /// <summary>Shows the results page from the wizard's hand-off post and returns its HTML.</summary>
    public static async Task<string> ShowResultsAsync(this HttpClient client, AnswerDraft draft)
    {
        var antiforgery = AntiforgeryToken(await client.GetHtmlAsync("/check/nerves"));
        using var response = await client.PostFormAsync("/check/results", "results", antiforgery, ("answers", draft.ToJson()));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
    }

    /// <summary>Presses "Save my results"; the client must not follow redirects. Returns the redirect response.</summary>
    public static async Task<HttpResponseMessage> PressSaveAsync(this HttpClient client, AnswerDraft draft)
    {
        var resultsPage = await client.ShowResultsAsync(draft);
        return await client.PostFormAsync("/check/results", "save-results", AntiforgeryToken(resultsPage), ("answers", draft.ToJson()));
    }

    /// <summary>Saves through the results page and returns the link token from the redirect.</summary>
    public static async Task<string> SaveThroughResultsPageAsync(this HttpClient client, AnswerDraft draft)
    {
        using var response = await client.PressSaveAsync(draft);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.ToString();
        Assert.Contains("/r/", location, StringComparison.Ordinal);
        return location[(location.LastIndexOf('/') + 1)..];
    }

    /// <summary>Opens the saved page and presses "Delete my data", ticking the confirmation or not.</summary>
    public static async Task<HttpResponseMessage> PressDeleteAsync(this HttpClient client, string token, bool confirm)
    {
        var antiforgery = AntiforgeryToken(await client.GetHtmlAsync($"/r/{token}"));
        (string, string)[] fields = confirm ? [("confirm", "true")] : [];
        return await client.PostFormAsync($"/r/{token}", "delete-saved", antiforgery, fields);
    }
}
