using MimeKit;

namespace PiriformisRehab.Web.Features.Email;

/// <summary>Delivers one built message: MailKit over SMTP, or an .eml file in the pickup folder.</summary>
public interface IMailTransport
{
    Task SendAsync(MimeMessage message, CancellationToken ct);
}
