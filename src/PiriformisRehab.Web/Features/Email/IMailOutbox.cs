namespace PiriformisRehab.Web.Features.Email;

/// <summary>
/// Hands a message to the background sender and returns at once: a request never waits for, or
/// fails because of, a mail server.
/// </summary>
public interface IMailOutbox
{
    /// <summary>Queues the message; false (and logged) when the address is not one or the queue is full.</summary>
    bool Enqueue(OutgoingMail mail);
}
