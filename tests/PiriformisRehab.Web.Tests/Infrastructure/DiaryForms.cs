using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;

namespace PiriformisRehab.Web.Tests.Infrastructure;

/// <summary>Drives the diary's static forms over HTTP as a browser without JavaScript would.</summary>
internal static class DiaryForms
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static string Today => DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string DaysAgo(int days) => DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-days).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A good session of clamshells: low pain, the same next morning, nothing new.</summary>
    public static List<KeyValuePair<string, string>> GoodSession(string? date = null) =>
    [
        new("sessionDate", date ?? Today),
        new("painNow", "3"),
        new("painWorst", "4"),
        new("morningAfter", "same"),
        new("exercisesDone", "clamshell"),
        new("exercisePain", "2"),
        new("activity", "none"),
    ];

    /// <summary>
    /// <paramref name="fields"/> changed by a query-string-like spec ("painNow=11&amp;activity=walkRun"): each named
    /// field's values are replaced; an empty value removes the field.
    /// </summary>
    public static List<KeyValuePair<string, string>> With(this List<KeyValuePair<string, string>> fields, string spec)
    {
        var changed = new List<KeyValuePair<string, string>>(fields);
        foreach (var part in spec.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var (name, value) = (part[..part.IndexOf('=', StringComparison.Ordinal)], part[(part.IndexOf('=', StringComparison.Ordinal) + 1)..]);
            value = value.Replace("{inTwoDays}", DateOnly.FromDateTime(DateTime.UtcNow).AddDays(2).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), StringComparison.Ordinal)
                         .Replace("{longNote}", new string('a', 1001), StringComparison.Ordinal);
            changed.RemoveAll(f => f.Key == name);
            if (value.Length > 0)
            {
                changed.AddRange(value.Split('|').Select(v => new KeyValuePair<string, string>(name, v)));
            }
        }

        return changed;
    }

    /// <summary>
    /// Posts a check-in through the diary page at <paramref name="diaryPath"/> (antiforgery read from it first).
    /// "Anything new?" is answered as a runner would, yes with a sign ticked and no without, unless
    /// the fields answer it themselves; <see cref="Unanswered"/> as its value leaves it out.
    /// </summary>
    public static async Task<HttpResponseMessage> PostCheckInAsync(this HttpClient client, string diaryPath, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var antiforgery = SavedResultsForms.AntiforgeryToken(await client.GetHtmlAsync(diaryPath));
        var posted = fields.ToList();
        if (!posted.Any(f => f.Key == "anythingNew"))
        {
            posted.Add(new("anythingNew", posted.Any(f => f.Key == "redFlags") ? "yes" : "no"));
        }

        posted.RemoveAll(f => f is { Key: "anythingNew", Value: Unanswered });
        return await client.PostAsync(diaryPath, Form("check-in", antiforgery, posted), Ct);
    }

    /// <summary>The value that leaves "Anything new?" unanswered in <see cref="PostCheckInAsync"/>.</summary>
    public const string Unanswered = "(unanswered)";

    /// <summary>Posts a check-in that must be saved, and returns the page the redirect leads to.</summary>
    public static async Task<string> CheckInAsync(this HttpClient client, string diaryPath, IEnumerable<KeyValuePair<string, string>> fields)
    {
        using var response = await client.PostCheckInAsync(diaryPath, fields);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.EndsWith("/diary?saved=true", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        return await client.GetHtmlAsync(response.Headers.Location!.OriginalString);
    }

    public static async Task<HttpResponseMessage> PostDeleteAsync(this HttpClient client, string diaryPath, bool confirm, string? antiforgeryFrom = null)
    {
        var antiforgery = SavedResultsForms.AntiforgeryToken(await client.GetHtmlAsync(antiforgeryFrom ?? diaryPath));
        List<KeyValuePair<string, string>> fields = confirm ? [new("confirm", "true")] : [];
        return await client.PostAsync(diaryPath, Form("delete-diary", antiforgery, fields), Ct);
    }

    public static FormUrlEncodedContent Form(string handler, string antiforgery, IEnumerable<KeyValuePair<string, string>> fields) =>
        new([new("_handler", handler), new("__RequestVerificationToken", antiforgery), .. fields]);

    /// <summary>A physio's standard programme shared through a patient link; returns the link token.</summary>
    public static async Task<(string Token, Guid ProgrammeId)> ProgrammeLinkAsync(AppFactory factory)
    {
        using var physio = await PhysioSession.RegisterAsync(factory);
        var patientId = await physio.AddPatientAsync();
        var programmeId = await physio.CreateStandardProgrammeAsync(patientId);
        return (await physio.IssueLinkAsync(patientId, programmeId), programmeId);
    }

    public static async Task<int> CountWarningSignsAsync(AppFactory factory, Guid? programmeId = null, Guid? savedId = null)
    {
        await using var db = await ClinicDatabase.OpenAsync(factory);
        return await db.WarningSigns.CountAsync(c => (programmeId != null && c.ProgrammeId == programmeId) || (savedId != null && c.SavedAssessmentId == savedId), Ct);
    }

    public static async Task<int> CountCheckInsAsync(AppFactory factory, Guid? programmeId = null, Guid? savedId = null)
    {
        await using var db = await ClinicDatabase.OpenAsync(factory);
        return await db.CheckIns.CountAsync(c => (programmeId != null && c.ProgrammeId == programmeId) || (savedId != null && c.SavedAssessmentId == savedId), Ct);
    }
}

internal static class SavedLinkForms
{
    /// <summary>Saves a self-care self-check (it has a plan) and returns its /r token.</summary>
    public static Task<string> SaveThroughResultsPageAsyncFor(this HttpClient client) =>
        client.SaveThroughResultsPageAsync(SavedResultsForms.SelfCareDraft());
}
