using System.Net;
using Microsoft.AspNetCore.Identity;
using PiriformisRehab.Web.Data.Entities;

namespace PiriformisRehab.Web.Features.Email;

/// <summary>
/// Identity's <see cref="IEmailSender{TUser}"/> for physio accounts (confirmation and password
/// reset), over the same queue as every other message. The links arrive already built by the
/// caller; they hold a token, so they go in the body only and never in a log.
/// </summary>
public sealed class IdentityEmailSender(IMailOutbox queue) : IEmailSender<PhysioUser>
{
    public Task SendConfirmationLinkAsync(PhysioUser user, string email, string confirmationLink)
    {
        Queue(email, "Confirm your PiriformisRehab account",
            $"Confirm your account by opening this link:\n{confirmationLink}\n\nIf you did not make an account, ignore this e-mail.",
            $"<p>Confirm your account by opening this link:</p><p><a href=\"{WebUtility.HtmlEncode(confirmationLink)}\">Confirm my account</a></p><p>If you did not make an account, ignore this e-mail.</p>",
            "account-confirmation");
        return Task.CompletedTask;
    }

    public Task SendPasswordResetLinkAsync(PhysioUser user, string email, string resetLink)
    {
        Queue(email, "Reset your PiriformisRehab password",
            $"Choose a new password by opening this link:\n{resetLink}\n\nIf you did not ask for this, ignore this e-mail: your password stays as it is.",
            $"<p>Choose a new password by opening this link:</p><p><a href=\"{WebUtility.HtmlEncode(resetLink)}\">Reset my password</a></p><p>If you did not ask for this, ignore this e-mail: your password stays as it is.</p>",
            "password-reset-link");
        return Task.CompletedTask;
    }

    public Task SendPasswordResetCodeAsync(PhysioUser user, string email, string resetCode)
    {
        Queue(email, "Your PiriformisRehab password reset code",
            $"Your password reset code is: {resetCode}\n\nIf you did not ask for this, ignore this e-mail.",
            $"<p>Your password reset code is: <strong>{WebUtility.HtmlEncode(resetCode)}</strong></p><p>If you did not ask for this, ignore this e-mail.</p>",
            "password-reset-code");
        return Task.CompletedTask;
    }

    private void Queue(string email, string subject, string text, string html, string kind) =>
        queue.Enqueue(new OutgoingMail(email, subject, text, html, kind));
}
