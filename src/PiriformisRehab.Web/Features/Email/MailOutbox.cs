using System.Threading.Channels;
using Microsoft.Extensions.Options;
using MimeKit;
using PiriformisRehab.Web.Options;

namespace PiriformisRehab.Web.Features.Email;

/// <summary>
/// A bounded in-process channel read by <see cref="MailDispatcher"/>. In memory on purpose: the
/// facts a message announces (a warning sign, a new account) are stored in the database first and
/// shown on the clinic pages, so a message lost in a restart loses a nudge, never the alert; and a
/// patient's address given for one link must not be written anywhere.
/// </summary>
public sealed partial class MailOutbox(IOptions<EmailOptions> options, ILogger<MailOutbox> logger) : IMailOutbox
{
    private readonly Channel<OutgoingMail> _channel = Channel.CreateBounded<OutgoingMail>(
        new BoundedChannelOptions(options.Value.QueueCapacity) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });

    internal ChannelReader<OutgoingMail> Reader => _channel.Reader;

    public bool Enqueue(OutgoingMail mail)
    {
        ArgumentNullException.ThrowIfNull(mail);
        if (!MailAddresses.IsValid(mail.To))
        {
            LogBadAddress(logger, mail.Kind);
            return false;
        }

        if (!_channel.Writer.TryWrite(mail))
        {
            LogQueueFull(logger, mail.Kind);
            return false;
        }

        return true;
    }

    internal void Complete() => _channel.Writer.TryComplete();

    [LoggerMessage(Level = LogLevel.Warning, Message = "E-mail {Kind} not queued: the address is not an e-mail address")]
    private static partial void LogBadAddress(ILogger logger, string kind);

    [LoggerMessage(Level = LogLevel.Error, Message = "E-mail {Kind} dropped: the mail queue is full")]
    private static partial void LogQueueFull(ILogger logger, string kind);
}

/// <summary>One check of an address, for the queue and for forms that take one.</summary>
public static class MailAddresses
{
    /// <summary>Longest address accepted (RFC 5321's path limit).</summary>
    public const int MaxLength = 254;

    /// <summary>A single plain address (no display name, no list), as a form should take it.</summary>
    public static bool IsValid(string? address) =>
        !string.IsNullOrWhiteSpace(address)
        && address.Length <= MaxLength
        && !address.Any(char.IsControl)
        && MailboxAddress.TryParse(address, out var parsed)
        && parsed.Name is null or ""
        && parsed.Address == address.Trim()
        && address.Contains('@', StringComparison.Ordinal)
        && !address.EndsWith('@');
}
