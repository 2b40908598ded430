using System.Net;
using Microsoft.AspNetCore.Identity;
using PiriformisRehab.Web.Data.Entities;
using PiriformisRehab.Web.Features.Email;

namespace PiriformisRehab.Web.Features.Accounts;

/// <summary>
/// The e-mails of the account flows. Where a form must not reveal whether an address has an
/// account (register, change of address), the owner of a known address gets a note instead of a
/// link, and the page says the same either way.
/// </summary>
public sealed class AccountMail(IEmailSender<PhysioUser> identityMail, IMailOutbox outbox, AccountLinks links)
{
    public Task SendConfirmationAsync(PhysioUser user, string token) =>
        identityMail.SendConfirmationLinkAsync(user, user.Email!, links.Confirm(user.Id, token));

    public Task SendPasswordResetAsync(PhysioUser user, string token) =>
        identityMail.SendPasswordResetLinkAsync(user, user.Email!, links.Reset(user.Id, token));

    public Task SendNewAddressConfirmationAsync(PhysioUser user, string newEmail, string token) =>
        identityMail.SendConfirmationLinkAsync(user, newEmail, links.ConfirmNewEmail(user.Id, newEmail, token));

    /// <summary>Someone tried to register (or move an account to) an address that already has an account.</summary>
    public void SendAddressAlreadyUsed(string email) =>
        outbox.Enqueue(new OutgoingMail(
            email,
            "Your PiriformisRehab account",
            $"Someone asked to use this address for a new PiriformisRehab account, but it already has one.\n\nIf it was you, sign in: {links.SignIn}\nForgotten the password? Choose a new one: {links.ForgotPassword}\n\nIf it was not you, ignore this e-mail: nothing has changed.",
            $"<p>Someone asked to use this address for a new PiriformisRehab account, but it already has one.</p><p>If it was you, <a href=\"{WebUtility.HtmlEncode(links.SignIn)}\">sign in</a>. Forgotten the password? <a href=\"{WebUtility.HtmlEncode(links.ForgotPassword)}\">Choose a new one</a>.</p><p>If it was not you, ignore this e-mail: nothing has changed.</p>",
            "account-address-in-use"));
}
