using System.Net;
using MimeKit;
using PiriformisRehab.Web.Tests.Infrastructure;

namespace PiriformisRehab.Web.Tests.Features.Accounts;

/// <summary>
/// Identity's own account flows over real e-mail (an SMTP server in the test process): confirming
/// the address, a forgotten password, changing the password or the address, deleting the account.
/// </summary>
public sealed class AccountEmailTests : IAsyncDisposable
{
    private const string NewPassword = "a brand new pass phrase";
    private readonly TestSmtpServer _smtp = TestSmtpServer.Start();
    private readonly AppFactory _factory;

    public AccountEmailTests() => _factory = new AppFactory { Smtp = _smtp };

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private PhysioSession Browser() => new(PhysioSession.NewClient(_factory));

    private static string NewEmail() => $"physio-{Guid.NewGuid():N}@example.com";

    [Fact]
    public async Task SignInWaitsUntilTheLinkEmailedOnRegisteringIsOpened()
    {
        var email = NewEmail();
        using var browser = Browser();
        using (await RegisterAsync(browser, email))
        {
        }

        var link = await MailPickup.LinkAsync(_factory, email, "/account/confirm");
        using var before = await SignInForms.SignInAsync(browser, email);
        using var confirmed = await browser.Client.GetAsync(link, Ct);
        using var after = await SignInForms.SignInAsync(browser, email);

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Contains("Confirm your email address first", await SignInForms.ErrorAsync(before), StringComparison.Ordinal);
        Assert.Contains("data-email-confirmed=\"true\"", await confirmed.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
    }

    [Fact]
    public async Task RegisteringAnAddressThatHasAnAccountAnswersAsForANewOneAndTellsItsOwner()
    {
        var email = NewEmail();
        using var first = await RegisterAsync(Browser(), email);
        var firstPage = SentSection(await first.Content.ReadAsStringAsync(Ct));
        await MailToAsync(email, 1);

        using var second = await RegisterAsync(Browser(), email);
        var note = (await MailToAsync(email, 2))[1];

        Assert.Equal(firstPage, SentSection(await second.Content.ReadAsStringAsync(Ct)));
        Assert.Equal("Your PiriformisRehab account", note.Subject);
        Assert.DoesNotContain("/account/confirm", note.TextBody, StringComparison.Ordinal);
        Assert.Contains("already has one", note.TextBody, StringComparison.Ordinal);
        await using var db = await ClinicDatabase.OpenAsync(_factory);
        Assert.Single(db.Users, u => u.Email == email);
    }

    [Fact]
    public async Task AForgottenPasswordIsReplacedThroughTheEmailedLink()
    {
        var email = NewEmail();
        (await PhysioSession.RegisterAsync(PhysioSession.NewClient(_factory), _factory, email)).Dispose();
        using var browser = Browser();

        using (await ForgotAsync(browser, email))
        {
        }

        using var reset = await ResetAsync(browser, await MailPickup.LinkAsync(_factory, email, "/account/reset"), NewPassword);
        using var oldPassword = await SignInForms.SignInAsync(browser, email);
        using var newPassword = await SignInForms.SignInAsync(browser, email, NewPassword);

        Assert.Contains("data-password-reset", await reset.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, oldPassword.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, newPassword.StatusCode);
    }

    [Fact]
    public async Task AResetLinkWorksOnlyOnce()
    {
        var email = NewEmail();
        (await PhysioSession.RegisterAsync(PhysioSession.NewClient(_factory), _factory, email)).Dispose();
        using var browser = Browser();
        using (await ForgotAsync(browser, email))
        {
        }

        var link = await MailPickup.LinkAsync(_factory, email, "/account/reset");
        using (await ResetAsync(browser, link, NewPassword))
        {
        }

        using var again = await ResetAsync(browser, link, "yet another pass phrase");

        Assert.Contains("This link has expired or has already been used", await again.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AskingToResetAnUnknownAddressAnswersAsForAKnownOneAndSendsNothing()
    {
        var known = NewEmail();
        var unknown = NewEmail();
        (await PhysioSession.RegisterAsync(PhysioSession.NewClient(_factory), _factory, known)).Dispose();
        using var browser = Browser();

        using var forUnknown = await ForgotAsync(browser, unknown);
        using var forKnown = await ForgotAsync(browser, known);
        // Mail leaves in order: once the known address's link is in, the unknown one's would be too.
        await MailPickup.LinkAsync(_factory, known, "/account/reset");

        Assert.Equal(
            ResetSection(await forKnown.Content.ReadAsStringAsync(Ct)).Replace(known, "ADDRESS", StringComparison.Ordinal),
            ResetSection(await forUnknown.Content.ReadAsStringAsync(Ct)).Replace(unknown, "ADDRESS", StringComparison.Ordinal));
        Assert.DoesNotContain(_smtp.Messages, m => m.To.Mailboxes.Any(a => a.Address == unknown));
    }

    [Fact]
    public async Task AResetLinkUsesThePublicBaseUrlWhateverTheHostHeader()
    {
        await using var app = new AppFactory { Smtp = _smtp, Settings = { ["PublicBaseUrl"] = "https://rehab.example.org", ["AllowedHosts"] = "*" } };
        var email = NewEmail();
        // Over https: the cookies are Secure when the public address is.
        var https = new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false };
        (await PhysioSession.RegisterAsync(app.CreateClient(https), app, email)).Dispose();
        using var forged = new PhysioSession(app.CreateClient(https));
        forged.Client.DefaultRequestHeaders.Host = "evil.example";

        using (await ForgotAsync(forged, email))
        {
        }

        await MailPickup.LinkAsync(app, email, "/account/reset");
        var body = app.MailTo(email)[^1].TextBody;
        Assert.Contains("https://rehab.example.org/account/reset?", body, StringComparison.Ordinal);
        Assert.DoesNotContain("evil.example", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AResetEndsTheAccountLockForABrowserNewToTheAccount()
    {
        await using var app = new AppFactory { Smtp = _smtp, ClientAddressFromHeader = true, Settings = { ["Accounts:MaxFailedSignInsPerAccount"] = "2" } };
        var email = NewEmail();
        (await PhysioSession.RegisterAsync(SignInForms.BrowserOn(app, new CookieContainer(), "192.0.2.60").Client, app, email)).Dispose();
        foreach (var stranger in new[] { "198.51.100.61", "198.51.100.62" })
        {
            using var wrong = await SignInForms.SignInAsync(SignInForms.BrowserOn(app, new CookieContainer(), stranger), email, SignInForms.WrongPassword);
        }

        using var newBrowser = SignInForms.BrowserOn(app, new CookieContainer(), "192.0.2.63");
        using (var locked = await SignInForms.SignInAsync(newBrowser, email))
        {
            Assert.Equal(HttpStatusCode.OK, locked.StatusCode);
        }

        using (await ForgotAsync(newBrowser, email))
        {
        }

        using (await ResetAsync(newBrowser, await MailPickup.LinkAsync(app, email, "/account/reset"), NewPassword))
        {
        }

        using var signedIn = await SignInForms.SignInAsync(newBrowser, email, NewPassword);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
    }

    [Fact]
    public async Task ChangingThePasswordNeedsTheCurrentOne()
    {
        using var physio = await PhysioSession.RegisterAsync(_factory);

        using var response = await ChangePasswordAsync(physio, "not the password at all", NewPassword);

        Assert.Matches("id=\"current-password\"[^>]*>\\s*<div class=\"validation-message\">The password is not right.", await response.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task AChangedPasswordIsTheOneThatSignsIn()
    {
        var email = NewEmail();
        using var physio = await PhysioSession.RegisterAsync(PhysioSession.NewClient(_factory), _factory, email);

        using var changed = await ChangePasswordAsync(physio, PhysioSession.Password, NewPassword);
        using var stillSignedIn = await physio.Client.GetAsync("/clinic", Ct);
        using var oldPassword = await SignInForms.SignInAsync(Browser(), email);
        using var newPassword = await SignInForms.SignInAsync(Browser(), email, NewPassword);

        Assert.Contains("data-password-changed", await changed.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, stillSignedIn.StatusCode);
        Assert.Equal(HttpStatusCode.OK, oldPassword.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, newPassword.StatusCode);
    }

    [Fact]
    public async Task ANewAddressIsUsedOnlyOnceTheLinkSentToItIsOpened()
    {
        var email = NewEmail();
        var newEmail = NewEmail();
        using var physio = await PhysioSession.RegisterAsync(PhysioSession.NewClient(_factory), _factory, email);

        using (await ChangeEmailAsync(physio, newEmail))
        {
        }

        var link = await MailPickup.LinkAsync(_factory, newEmail, "/account/confirm-email");
        using (var beforeOpening = await SignInForms.SignInAsync(Browser(), email))
        {
            Assert.Equal(HttpStatusCode.Redirect, beforeOpening.StatusCode);
        }

        using var opened = await Browser().Client.GetAsync(link, Ct);
        using var withOld = await SignInForms.SignInAsync(Browser(), email);
        using var withNew = await SignInForms.SignInAsync(Browser(), newEmail);

        Assert.Contains("data-email-changed=\"true\"", await opened.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, withOld.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, withNew.StatusCode);
    }

    [Fact]
    public async Task MovingToAnAddressThatHasAnAccountAnswersAsForAFreeOneAndTellsItsOwner()
    {
        var taken = NewEmail();
        var free = NewEmail();
        (await PhysioSession.RegisterAsync(PhysioSession.NewClient(_factory), _factory, taken)).Dispose();
        using var physio = await PhysioSession.RegisterAsync(_factory);

        using var toTaken = await ChangeEmailAsync(physio, taken);
        using var toFree = await ChangeEmailAsync(physio, free);
        var messages = await _smtp.WaitForAsync(4); // two confirmations on registering, then one for each request

        Assert.Equal(
            EmailChangeSection(await toFree.Content.ReadAsStringAsync(Ct)).Replace(free, "ADDRESS", StringComparison.Ordinal),
            EmailChangeSection(await toTaken.Content.ReadAsStringAsync(Ct)).Replace(taken, "ADDRESS", StringComparison.Ordinal));
        var note = messages.Last(m => m.To.Mailboxes.Any(a => a.Address == taken));
        Assert.Equal("Your PiriformisRehab account", note.Subject);
        Assert.DoesNotContain("/account/confirm-email", note.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeletingTheAccountNeedsThePasswordAndKeepsEverythingWithoutIt()
    {
        using var physio = await PhysioSession.RegisterAsync(_factory);
        var patient = await physio.AddPatientAsync();

        using var response = await DeleteAsync(physio, "not the password at all", tick: true);

        Assert.Matches("id=\"password\"[^>]*>\\s*<div class=\"validation-message\">The password is not right.", await response.Content.ReadAsStringAsync(Ct));
        await using var db = await ClinicDatabase.OpenAsync(_factory);
        Assert.Contains(db.Patients, p => p.Id == patient);
    }

    [Fact]
    public async Task DeletingTheAccountNeedsTheTickThatSaysItsPatientsGoToo()
    {
        using var physio = await PhysioSession.RegisterAsync(_factory);

        using var response = await DeleteAsync(physio, PhysioSession.Password, tick: false);

        Assert.Contains("Tick the box to confirm", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        using var clinic = await physio.Client.GetAsync("/clinic", Ct);
        Assert.Equal(HttpStatusCode.OK, clinic.StatusCode);
    }

    [Fact]
    public async Task DeletingTheAccountRemovesItsPatientsProgrammesAndLinksAndSignsOut()
    {
        var email = NewEmail();
        using var physio = await PhysioSession.RegisterAsync(PhysioSession.NewClient(_factory), _factory, email);
        var patient = await physio.AddPatientAsync();
        var programme = await physio.CreateStandardProgrammeAsync(patient);
        var token = await physio.IssueLinkAsync(patient, programme);

        using var deleted = await DeleteAsync(physio, PhysioSession.Password, tick: true);
        using var clinic = await physio.Client.GetAsync("/clinic", Ct);
        using var link = await Browser().Client.GetAsync($"/p/{token}", Ct);

        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, clinic.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, link.StatusCode);
        await using var db = await ClinicDatabase.OpenAsync(_factory);
        Assert.DoesNotContain(db.Users, u => u.Email == email);
        Assert.DoesNotContain(db.Patients, p => p.Id == patient);
        Assert.DoesNotContain(db.Programmes, p => p.Id == programme);
        Assert.DoesNotContain(db.PatientLinks, l => l.ProgrammeId == programme);
    }

    private static Task<HttpResponseMessage> RegisterAsync(PhysioSession browser, string email) =>
        browser.SubmitAsync("/account/register", "/account/register", new()
        {
            ["_handler"] = "register",
            ["Input.DisplayName"] = "Sam Physio",
            ["Input.Email"] = email,
            ["Input.Password"] = PhysioSession.Password,
            ["Input.ConfirmPassword"] = PhysioSession.Password,
        });

    private static Task<HttpResponseMessage> ForgotAsync(PhysioSession browser, string email) =>
        browser.SubmitAsync("/account/forgot", "/account/forgot", new() { ["_handler"] = "forgot-password", ["Input.Email"] = email });

    private static Task<HttpResponseMessage> ResetAsync(PhysioSession browser, string link, string password) =>
        browser.SubmitAsync(link, link, new() { ["_handler"] = "reset-password", ["Input.Password"] = password, ["Input.ConfirmPassword"] = password });

    private static Task<HttpResponseMessage> ChangePasswordAsync(PhysioSession physio, string current, string next) =>
        physio.SubmitAsync("/account/manage/password", "/account/manage/password", new()
        {
            ["_handler"] = "change-password",
            ["Input.CurrentPassword"] = current,
            ["Input.NewPassword"] = next,
            ["Input.ConfirmPassword"] = next,
        });

    private static Task<HttpResponseMessage> ChangeEmailAsync(PhysioSession physio, string email) =>
        physio.SubmitAsync("/account/manage/email", "/account/manage/email", new() { ["_handler"] = "change-email", ["Input.NewEmail"] = email });

    private static Task<HttpResponseMessage> DeleteAsync(PhysioSession physio, string password, bool tick)
    {
        var fields = new Dictionary<string, string> { ["_handler"] = "delete-account", ["Input.Password"] = password };
        if (tick)
        {
            fields["Input.DeletePatients"] = "true";
        }

        return physio.SubmitAsync("/account/manage/delete", "/account/manage/delete", fields);
    }

    /// <summary>The messages to <paramref name="email"/>, once at least <paramref name="count"/> have arrived.</summary>
    private async Task<IReadOnlyList<MimeMessage>> MailToAsync(string email, int count)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var messages = _smtp.Messages.Where(m => m.To.Mailboxes.Any(a => a.Address == email)).ToList();
            if (messages.Count >= count || DateTime.UtcNow > deadline)
            {
                Assert.True(messages.Count >= count, $"Expected {count} e-mail(s) to {email}; {messages.Count} arrived.");
                return messages;
            }

            await Task.Delay(25, Ct);
        }
    }

    private static string SentSection(string html) => Section(html, "data-registration-sent");

    private static string ResetSection(string html) => Section(html, "data-reset-sent");

    private static string EmailChangeSection(string html) => Section(html, "data-email-change-sent");

    private static string Section(string html, string marker)
    {
        var start = html.IndexOf(marker, StringComparison.Ordinal);
        Assert.True(start >= 0, $"No {marker} on the page.");
        return html[start..html.IndexOf("</p>", start, StringComparison.Ordinal)];
    }

    public async ValueTask DisposeAsync()
    {
        await _factory.DisposeAsync();
        _smtp.Dispose();
    }
}
