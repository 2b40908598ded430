using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;
using PiriformisRehab.Web.Options;

namespace PiriformisRehab.Web.Features.Email;

/// <summary>MailKit over SMTP: one connection per message (alerts are rare; a pooled connection would go stale between them).</summary>
public sealed class SmtpMailTransport(IOptions<EmailOptions> options) : IMailTransport
{
    public async Task SendAsync(MimeMessage message, CancellationToken ct)
    {
        var smtp = options.Value.Smtp;
        using var client = new SmtpClient { Timeout = (int)smtp.Timeout.TotalMilliseconds };
        await client.ConnectAsync(smtp.Host ?? string.Empty, smtp.Port, Security(smtp.Security), ct);
        if (!string.IsNullOrEmpty(smtp.UserName))
        {
            await client.AuthenticateAsync(smtp.UserName, smtp.Password ?? string.Empty, ct);
        }

        await client.SendAsync(message, ct);
        await client.DisconnectAsync(true, ct);
    }

    private static SecureSocketOptions Security(SmtpSecurity security) => security switch
    {
        SmtpSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
        SmtpSecurity.Auto => SecureSocketOptions.Auto,
        SmtpSecurity.None => SecureSocketOptions.None,
        _ => SecureSocketOptions.StartTls,
    };
}
