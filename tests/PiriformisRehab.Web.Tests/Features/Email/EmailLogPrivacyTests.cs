using Microsoft.Extensions.DependencyInjection;
using PiriformisRehab.Web.Features.Email;
using PiriformisRehab.Web.Tests.Infrastructure;

namespace PiriformisRehab.Web.Tests.Features.Email;

/// <summary>Sending and failing to send leave the address, the link and its token out of the logs.</summary>
[Collection(nameof(LogCaptureRunsAlone))]
public sealed class EmailLogPrivacyTests
{
    private const string Address = "patient.private@home.example";
    private const string Link = "http://localhost:5023/p/TOKENtokenTOKENtokenTOKENtoken12";

    [Fact]
    public async Task ASentMessageIsLoggedByKindWithoutAddressOrLink()
    {
        using var smtp = TestSmtpServer.Start();
        await using var factory = new AppFactory { Settings = new(smtp.Settings) };
        var sink = new CapturingSink();
        await using var app = factory.WithLogCapture(sink);

        app.Services.GetRequiredService<ClinicMail>().PatientLink(Address, Link);
        await smtp.WaitForAsync();
        await WaitForLogAsync(sink, "sent on attempt");

        var logs = sink.Everything();
        Assert.Contains(ClinicMail.PatientLinkKind, logs, StringComparison.Ordinal);
        Assert.DoesNotContain(Address, logs, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("TOKENtoken", logs, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFailedSendIsLoggedWithoutAddressOrLink()
    {
        using var down = TestSmtpServer.Reserve();
        await using var factory = new AppFactory { Settings = new Dictionary<string, string?>(down.Settings) { ["Email:MaxAttempts"] = "2", ["Email:FirstRetryDelay"] = "00:00:00.050" } };
        var sink = new CapturingSink();
        await using var app = factory.WithLogCapture(sink);

        app.Services.GetRequiredService<ClinicMail>().PatientLink(Address, Link);
        await WaitForLogAsync(sink, "given up after 2 attempts");

        var logs = sink.Everything();
        Assert.DoesNotContain(Address, logs, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("TOKENtoken", logs, StringComparison.Ordinal);
    }

    private static async Task WaitForLogAsync(CapturingSink sink, string text)
    {
        for (var i = 0; i < 300 && !sink.Everything().Contains(text, StringComparison.Ordinal); i++)
        {
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }

        Assert.Contains(text, sink.Everything(), StringComparison.Ordinal);
    }
}
