using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using PiriformisRehab.Web.Data.Entities;
using PiriformisRehab.Web.Features.Email;
using PiriformisRehab.Web.Tests.Infrastructure;

namespace PiriformisRehab.Web.Tests.Features.Email;

/// <summary>Mail leaves through MailKit to a real SMTP server in the test process, or as .eml files when none is set.</summary>
public sealed class EmailDeliveryTests
{
    [Fact]
    public async Task AReviewAlertReachesTheSmtpServerWithNoHealthDetails()
    {
        using var smtp = TestSmtpServer.Start();
        await using var app = new AppFactory { Settings = new(smtp.Settings) };
        var mail = app.Services.GetRequiredService<ClinicMail>();

        Assert.True(mail.ReviewNeeded("physio@clinic.example"));

        var message = Assert.Single(await smtp.WaitForAsync());
        Assert.Equal("physio@clinic.example", Assert.Single(message.To.Mailboxes).Address);
        Assert.Equal(ClinicMail.ReviewAlertSubject, message.Subject);
        Assert.Contains($"{AppFactory.PublicBaseUrl}/account/login?returnUrl=%2Fclinic", message.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("pain", message.TextBody, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task AReviewAlertLinksToTheAppsPublicBaseUrlWithNoSecondSettingToForget()
    {
        using var smtp = TestSmtpServer.Start();
        await using var app = new AppFactory { Settings = new(smtp.Settings) { ["PublicBaseUrl"] = "https://rehab.example.org/clinic-app" } };
        var mail = app.Services.GetRequiredService<ClinicMail>();

        Assert.True(mail.ReviewNeeded("physio@clinic.example"));

        var message = Assert.Single(await smtp.WaitForAsync());
        Assert.Contains("https://rehab.example.org/clinic-app/account/login?returnUrl=%2Fclinic", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("https://rehab.example.org/clinic-app/account/login?returnUrl=%2Fclinic", message.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IdentitysEmailSenderSendsAPasswordResetLinkOverSmtp()
    {
        using var smtp = TestSmtpServer.Start();
        await using var app = new AppFactory { Settings = new(smtp.Settings) };
        var sender = app.Services.GetRequiredService<IEmailSender<PhysioUser>>();

        await sender.SendPasswordResetLinkAsync(new PhysioUser(), "physio@clinic.example", "https://clinic.example/account/reset?code=abc");

        var message = Assert.Single(await smtp.WaitForAsync());
        Assert.Contains("https://clinic.example/account/reset?code=abc", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("https://clinic.example/account/reset?code=abc", message.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithNoSmtpHostMessagesAreWrittenAsEmlFilesToThePickupFolder()
    {
        await using var app = new AppFactory();
        var mail = app.Services.GetRequiredService<ClinicMail>();

        mail.ReviewNeeded("physio@clinic.example");

        var file = await WaitForFileAsync(app.MailPickupDirectory);
        var message = await MimeMessage.LoadAsync(file, TestContext.Current.CancellationToken);
        Assert.Equal(ClinicMail.ReviewAlertSubject, message.Subject);
        Assert.Equal("no-reply@localhost", Assert.Single(message.From.Mailboxes).Address);
    }

    [Fact]
    public async Task AFailedSendIsRetriedUntilTheServerAnswers()
    {
        // Nothing listens on the port at first, so the first attempts fail; the server then starts.
        using var smtp = TestSmtpServer.Reserve();
        await using var app = new AppFactory { Settings = new(smtp.Settings) };
        var mail = app.Services.GetRequiredService<ClinicMail>();

        Assert.True(mail.ReviewNeeded("physio@clinic.example"));
        await Task.Delay(TimeSpan.FromMilliseconds(300), TestContext.Current.CancellationToken);
        smtp.Listen();

        Assert.Single(await smtp.WaitForAsync());
    }

    [Theory]
    [InlineData("")]
    [InlineData("not an address")]
    [InlineData("Someone <a@b.example>")]
    [InlineData("a@b.example, c@d.example")]
    [InlineData("a@b.example\r\nBcc: c@d.example")]
    public async Task AnAddressThatIsNotOnePlainAddressIsRefusedBeforeQueueing(string address)
    {
        await using var app = new AppFactory();

        Assert.False(app.Services.GetRequiredService<ClinicMail>().ReviewNeeded(address));
    }

    private static async Task<string> WaitForFileAsync(string directory)
    {
        for (var i = 0; i < 300; i++)
        {
            if (Directory.Exists(directory) && Directory.GetFiles(directory, "*.eml") is [var file, ..])
            {
                return file;
            }

            await Task.Delay(100, TestContext.Current.CancellationToken);
        }

        Assert.Fail($"No .eml file appeared in {directory} within 30 s.");
        return string.Empty;
    }
}
