using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace PiriformisRehab.Web.Tests.Infrastructure;

/// <summary>
/// A physio's browser as plain HTTP: cookies kept, redirects not followed, every post carrying the
/// antiforgery token read from a page the way a browser would submit it.
/// </summary>
public sealed partial class PhysioSession(HttpClient client) : IDisposable
{
    public const string Password = "correct horse battery staple";

    public HttpClient Client { get; } = client;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static HttpClient NewClient(WebApplicationFactory<Program> factory) =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true, AllowAutoRedirect = false });

    /// <summary>A new physio, registered, confirmed through the link e-mailed to them, and signed in.</summary>
    public static Task<PhysioSession> RegisterAsync(AppFactory factory, string? email = null) =>
        RegisterAsync(NewClient(factory), factory, email);

    /// <summary>
    /// A new physio on a client of a customised app (one that captures logs, say); <paramref name="mailOf"/>
    /// is the factory that receives the app's e-mail.
    /// </summary>
    public static async Task<PhysioSession> RegisterAsync(HttpClient client, AppFactory mailOf, string? email = null)
    {
        ArgumentNullException.ThrowIfNull(mailOf);
        var session = new PhysioSession(client);
        email ??= $"physio-{Guid.NewGuid():N}@example.com";
        using (var registered = await session.SubmitAsync("/account/register", "/account/register", new()
        {
            ["_handler"] = "register",
            ["Input.DisplayName"] = "Sam Physio",
            ["Input.Email"] = email,
            ["Input.Password"] = Password,
            ["Input.ConfirmPassword"] = Password,
        }))
        {
            Assert.Equal(HttpStatusCode.OK, registered.StatusCode);
            Assert.Contains("data-registration-sent", await registered.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        }

        var confirmation = await MailPickup.LinkAsync(mailOf, email, "/account/confirm");
        using (var confirmed = await client.GetAsync(confirmation, Ct))
        {
            Assert.Contains("data-email-confirmed=\"true\"", await confirmed.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        }

        using var signedIn = await session.SubmitAsync("/account/login", "/account/login", new()
        {
            ["_handler"] = "login",
            ["Input.Email"] = email,
            ["Input.Password"] = Password,
        });
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        return session;
    }

    /// <summary>GETs <paramref name="pagePath"/> for its antiforgery token, then posts the fields to <paramref name="postPath"/>.</summary>
    public async Task<HttpResponseMessage> SubmitAsync(string pagePath, string postPath, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = await AntiforgeryTokenAsync(pagePath);
        return await PostAsync(postPath, fields);
    }

    public async Task<HttpResponseMessage> PostAsync(string postPath, Dictionary<string, string> fields)
    {
        using var content = new FormUrlEncodedContent(fields);
        return await Client.PostAsync(postPath, content, Ct);
    }

    public async Task<string> AntiforgeryTokenAsync(string pagePath)
    {
        var html = await Client.GetStringAsync(pagePath, Ct);
        var match = TokenInput().Match(html);
        Assert.True(match.Success, $"No antiforgery token on {pagePath}.");
        return WebUtility.HtmlDecode(match.Groups["value"].Value);
    }

    public async Task<Guid> AddPatientAsync(string label = "JB knee-hip 01")
    {
        using var response = await SubmitAsync("/clinic", "/clinic", new() { ["_handler"] = "add-patient", ["Input.Label"] = label });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return GuidAfter(response, "/clinic/patients/");
    }

    public async Task<Guid> CreateStandardProgrammeAsync(Guid patientId)
    {
        using var response = await SubmitAsync("/clinic", $"/clinic/patients/{patientId}/programmes", new() { ["start"] = "standard" });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return GuidAfter(response, "/programmes/");
    }

    /// <summary>Issues a patient link and returns the token from the one page that shows it.</summary>
    public async Task<string> IssueLinkAsync(Guid patientId, Guid programmeId, int days = 180)
    {
        using var response = await SubmitAsync("/clinic", $"/clinic/patients/{patientId}/programmes/{programmeId}/links", new() { ["_handler"] = "issue-link", ["expiryDays"] = days.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(Ct);
        var match = PatientLink().Match(html);
        Assert.True(match.Success, "The issued link is not on the page.");
        return match.Groups["token"].Value;
    }

    public void Dispose() => Client.Dispose();

    private static Guid GuidAfter(HttpResponseMessage response, string marker)
    {
        var location = response.Headers.Location?.OriginalString ?? string.Empty;
        var start = location.LastIndexOf(marker, StringComparison.Ordinal);
        Assert.True(start >= 0, $"Unexpected redirect '{location}'.");
        return Guid.Parse(location.AsSpan(start + marker.Length, 36));
    }

    [GeneratedRegex("""<input[^>]*name="__RequestVerificationToken"[^>]*value="(?<value>[^"]+)"|<input[^>]*value="(?<value>[^"]+)"[^>]*name="__RequestVerificationToken""")]
    private static partial Regex TokenInput();

    [GeneratedRegex("""data-patient-link[^>]*>[^<]*/p/(?<token>[A-Za-z0-9_-]{43})<|/p/(?<token>[A-Za-z0-9_-]{43})"[^>]*data-patient-link""")]
    private static partial Regex PatientLink();
}
