namespace PiriformisRehab.Web.Features.Email;

/// <summary>
/// One message to send. <see cref="Kind"/> is what logs name (never the address, the subject or
/// the body: those can hold a token or hint at health).
/// </summary>
/// <param name="To">The recipient's address.</param>
/// <param name="Subject">The subject line.</param>
/// <param name="TextBody">The plain-text body.</param>
/// <param name="HtmlBody">An HTML body beside the text one, or null.</param>
/// <param name="Kind">A short fixed name for logs, e.g. "review-alert".</param>
public sealed record OutgoingMail(string To, string Subject, string TextBody, string? HtmlBody, string Kind);
