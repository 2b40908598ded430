using System.Net;
using Microsoft.Extensions.Options;
using PiriformisRehab.Web.Options;

namespace PiriformisRehab.Web.Features.Email;

/// <summary>
/// The clinic's own messages. A review alert says only that a patient needs review and links to
/// sign-in: no label, sign or pain score, since e-mail crosses servers the clinic does not control.
/// Its links use the app's PublicBaseUrl, the same address patient links are issued on.
/// </summary>
public sealed class ClinicMail(IMailOutbox queue, IOptions<PublicUrlOptions> publicUrl)
{
    public const string ReviewAlertKind = "review-alert";
    public const string PatientLinkKind = "patient-link";
    public const string ReviewAlertSubject = "A patient needs your review";

    /// <summary>Tells a physio a patient's diary needs review; false when it could not be queued.</summary>
    public bool ReviewNeeded(string physioEmail)
    {
        var signIn = publicUrl.Value.LinkTo("/account/login?returnUrl=%2Fclinic");
        return queue.Enqueue(new OutgoingMail(
            physioEmail,
            ReviewAlertSubject,
            $"A patient needs your review in PiriformisRehab.\n\nSign in to see who and why:\n{signIn}\n\nThis e-mail holds no health details on purpose.",
            $"<p>A patient needs your review in PiriformisRehab.</p><p><a href=\"{WebUtility.HtmlEncode(signIn)}\">Sign in to see who and why</a></p><p>This e-mail holds no health details on purpose.</p>",
            ReviewAlertKind));
    }

    /// <summary>Sends a patient their link once; the address is used for this message only and never stored.</summary>
    public bool PatientLink(string patientEmail, string linkUrl)
    {
        ArgumentNullException.ThrowIfNull(linkUrl);
        return queue.Enqueue(new OutgoingMail(
            patientEmail,
            "Your exercise programme from your physiotherapist",
            $"Your physiotherapist has shared your exercise programme and recovery diary with you.\n\nOpen it here:\n{linkUrl}\n\nKeep this link private: anyone with it can see your programme and diary.",
            $"<p>Your physiotherapist has shared your exercise programme and recovery diary with you.</p><p><a href=\"{WebUtility.HtmlEncode(linkUrl)}\">Open my programme</a></p><p>Keep this link private: anyone with it can see your programme and diary.</p>",
            PatientLinkKind));
    }
}
