using Microsoft.Extensions.Options;
using MimeKit;
using PiriformisRehab.Web.Options;

namespace PiriformisRehab.Web.Features.Email;

/// <summary>Builds the MIME message for an <see cref="OutgoingMail"/>: From from the options, text and optional HTML parts.</summary>
public sealed class MailMessages(IOptions<EmailOptions> options)
{
    public MimeMessage Build(OutgoingMail mail)
    {
        ArgumentNullException.ThrowIfNull(mail);
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(options.Value.From));
        message.To.Add(MailboxAddress.Parse(mail.To));
        message.Subject = mail.Subject;
        var body = new BodyBuilder { TextBody = mail.TextBody, HtmlBody = mail.HtmlBody };
        message.Body = body.ToMessageBody();
        return message;
    }
}
