using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace PiriformisRehab.ClinicScale;

/// <summary>One timed request: what the server and the client saw.</summary>
internal sealed record Timed(string Path, HttpStatusCode Status, string Body, ServerSample Server, TimeSpan Client);

/// <summary>
/// A browser as plain HTTP against the Kestrel address: its own cookies, no redirects followed,
/// no Accept-Encoding (the body is counted as the app writes it). Every request carries the header
/// the server-time middleware looks for.
/// </summary>
internal sealed partial class BenchClient(Uri baseAddress, ServerTimings timings) : IDisposable
{
    private static long _sequence;

    private readonly HttpClient _http = new(new SocketsHttpHandler
    {
        CookieContainer = new CookieContainer(),
        UseCookies = true,
        AllowAutoRedirect = false,
        AutomaticDecompression = DecompressionMethods.None,
    })
    { BaseAddress = baseAddress, Timeout = TimeSpan.FromMinutes(5) };

    public Task<Timed> GetAsync(string path) => SendAsync(new HttpRequestMessage(HttpMethod.Get, path));

    public Task<Timed> PostAsync(string path, IEnumerable<KeyValuePair<string, string>> fields) =>
        SendAsync(new HttpRequestMessage(HttpMethod.Post, path) { Content = new FormUrlEncodedContent(fields) });

    /// <summary>Signs the physio in through the login form, as a browser does (antiforgery token first).</summary>
    public async Task SignInAsync(string email, string password)
    {
        var page = Ok(await GetAsync("/account/login"));
        var signedIn = await PostAsync("/account/login",
        [
            new("_handler", "login"), new("__RequestVerificationToken", Antiforgery(page.Body)), new("Input.Email", email), new("Input.Password", password),
        ]);
        if (signedIn.Status != HttpStatusCode.Redirect)
        {
            throw new BenchFailure($"Signing in answered {(int)signedIn.Status}, not a redirect.");
        }
    }

    /// <summary>Posts one check-in through the patient's diary form; the diary answers with a redirect to "saved".</summary>
    public async Task<Timed> CheckInAsync(string token, DateOnly today)
    {
        var diary = Ok(await GetAsync($"/p/{token}/diary"));
        var posted = await PostAsync($"/p/{token}/diary",
        [
            new("_handler", "check-in"), new("__RequestVerificationToken", Antiforgery(diary.Body)),
            new("sessionDate", today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), new("painNow", "2"), new("painWorst", "3"),
            new("morningAfter", "better"), new("exercisesDone", "clamshell"), new("exercisePain", "1"), new("activity", "none"), new("anythingNew", "no"),
        ]);
        if (posted.Status != HttpStatusCode.Redirect || posted.Server.Status != 302)
        {
            throw new BenchFailure($"The check-in through /p/…/diary answered {(int)posted.Status}, not the redirect to the saved diary.");
        }

        return posted;
    }

    public static Timed Ok(Timed response) =>
        response.Status == HttpStatusCode.OK && response.Server.Status == 200
            ? response
            : throw new BenchFailure($"GET {response.Path} answered {(int)response.Status} (server {response.Server.Status}), not 200.");

    private async Task<Timed> SendAsync(HttpRequestMessage request)
    {
        using (request)
        {
            var id = Interlocked.Increment(ref _sequence).ToString(CultureInfo.InvariantCulture);
            request.Headers.Add(ServerTimings.Header, id);
            var start = Stopwatch.GetTimestamp();
            using var response = await _http.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            var client = Stopwatch.GetElapsedTime(start);
            var server = await timings.SampleAsync(id);
            return new Timed(request.RequestUri!.OriginalString, response.StatusCode, body, server, client);
        }
    }

    private static string Antiforgery(string html)
    {
        var match = TokenInput().Match(html);
        return match.Success ? WebUtility.HtmlDecode(match.Groups["value"].Value) : throw new BenchFailure("No antiforgery token on the page.");
    }

    public void Dispose() => _http.Dispose();

    [GeneratedRegex("""<input[^>]*name="__RequestVerificationToken"[^>]*value="(?<value>[^"]+)"|<input[^>]*value="(?<value>[^"]+)"[^>]*name="__RequestVerificationToken""")]
    private static partial Regex TokenInput();
}

/// <summary>A request that did not answer as it must, or a page that does not show what it must: the run fails.</summary>
internal sealed class BenchFailure(string message) : Exception(message);
