using Microsoft.Extensions.Options;
using PiriformisRehab.Web.Options;

namespace PiriformisRehab.Web.Features.Email;

/// <summary>
/// Sends what <see cref="MailOutbox"/> holds, one at a time, retrying a failed send with a doubling
/// wait up to Email:MaxAttempts. Logs name the message's kind and the attempt, never the address,
/// the subject, the body or the server's reply (which can quote the address).
/// </summary>
public sealed partial class MailDispatcher(MailOutbox queue, MailMessages messages, IMailTransport transport, IOptions<EmailOptions> options, TimeProvider clock, ILogger<MailDispatcher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var mail in queue.Reader.ReadAllAsync(stoppingToken))
            {
                await SendWithRetryAsync(mail, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: what is still queued is lost (see MailOutbox for why that is acceptable).
        }
    }

    private async Task SendWithRetryAsync(OutgoingMail mail, CancellationToken ct)
    {
        var settings = options.Value;
        var delay = settings.FirstRetryDelay;
        for (var attempt = 1; attempt <= settings.MaxAttempts; attempt++)
        {
            try
            {
                await transport.SendAsync(messages.Build(mail), ct);
                LogSent(logger, mail.Kind, attempt);
                return;
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                throw;
            }
            catch (Exception ex) when (attempt < settings.MaxAttempts)
            {
                // The exception's type only: MailKit's messages can quote the recipient.
                LogRetry(logger, mail.Kind, attempt, ex.GetType().Name, delay);
                await Task.Delay(delay, clock, ct);
                delay += delay;
            }
            catch (Exception ex)
            {
                LogGaveUp(logger, mail.Kind, attempt, ex.GetType().Name);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "E-mail {Kind} sent on attempt {Attempt}")]
    private static partial void LogSent(ILogger logger, string kind, int attempt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "E-mail {Kind} attempt {Attempt} failed ({Error}); retrying in {Delay}")]
    private static partial void LogRetry(ILogger logger, string kind, int attempt, string error, TimeSpan delay);

    [LoggerMessage(Level = LogLevel.Error, Message = "E-mail {Kind} given up after {Attempt} attempts ({Error})")]
    private static partial void LogGaveUp(ILogger logger, string kind, int attempt, string error);
}
