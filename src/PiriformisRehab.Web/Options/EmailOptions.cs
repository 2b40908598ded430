using System.ComponentModel.DataAnnotations;

namespace PiriformisRehab.Web.Options;

/// <summary>
/// Outgoing e-mail (section "Email"). With no <see cref="SmtpOptions.Host"/> every message is
/// written as an .eml file to <see cref="PickupDirectory"/>, so the app runs without a mail server;
/// with one, MailKit sends over SMTP. Links in e-mails come from the app's one PublicBaseUrl
/// (<see cref="PublicUrlOptions"/>), never from a request's Host header.
/// </summary>
public sealed class EmailOptions : IValidatableObject
{
    public const string Section = "Email";

    /// <summary>The From address, e.g. "PiriformisRehab &lt;no-reply@clinic.example&gt;".</summary>
    [Required(ErrorMessage = "Email:From is required.")]
    public string From { get; set; } = "PiriformisRehab <no-reply@localhost>";

    /// <summary>Where .eml files go when no SMTP host is set; relative paths are under the app's data folder. Empty: the data folder's "mail-pickup".</summary>
    public string? PickupDirectory { get; set; }

    /// <summary>Attempts per message before it is given up (and logged as given up).</summary>
    [Range(1, 20, ErrorMessage = "Email:MaxAttempts must be between 1 and 20.")]
    public int MaxAttempts { get; set; } = 5;

    /// <summary>The wait before the second attempt; it doubles after each failure.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00", ErrorMessage = "Email:FirstRetryDelay must be between 0 and 10 minutes.")]
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Messages waiting at most; past that a new one is dropped (and logged) rather than blocking the request.</summary>
    [Range(1, 100_000, ErrorMessage = "Email:QueueCapacity must be between 1 and 100000.")]
    public int QueueCapacity { get; set; } = 1000;

    public SmtpOptions Smtp { get; set; } = new();

    public bool UsesSmtp => !string.IsNullOrWhiteSpace(Smtp.Host);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!MimeKit.MailboxAddress.TryParse(From, out _))
        {
            yield return new ValidationResult($"Email:From ({From}) is not an e-mail address.", [nameof(From)]);
        }

        if (UsesSmtp)
        {
            if (Smtp.Port is < 1 or > 65535)
            {
                yield return new ValidationResult("Email:Smtp:Port must be between 1 and 65535.", ["Smtp.Port"]);
            }

            if (string.IsNullOrEmpty(Smtp.UserName) != string.IsNullOrEmpty(Smtp.Password))
            {
                yield return new ValidationResult("Email:Smtp:UserName and Email:Smtp:Password go together: set both or neither.", ["Smtp.UserName"]);
            }
        }
    }
}

/// <summary>The SMTP server (section "Email:Smtp").</summary>
public sealed class SmtpOptions
{
    /// <summary>The server's name; empty means "no server: use the pickup folder".</summary>
    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    /// <summary>StartTls (port 587), SslOnConnect (465), Auto, or None (a local relay or a test server only).</summary>
    [EnumDataType(typeof(SmtpSecurity))]
    public SmtpSecurity Security { get; set; } = SmtpSecurity.StartTls;

    public string? UserName { get; set; }

    public string? Password { get; set; }

    [Range(typeof(TimeSpan), "00:00:01", "00:05:00", ErrorMessage = "Email:Smtp:Timeout must be between 1 second and 5 minutes.")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
}

public enum SmtpSecurity
{
    StartTls,
    SslOnConnect,
    Auto,
    None,
}
