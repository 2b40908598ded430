using System.Text.RegularExpressions;
using MimeKit;

namespace PiriformisRehab.Web.Tests.Infrastructure;

/// <summary>Reads the app's e-mail as a mail client would: the .eml files of its pickup folder (every AppFactory has its own) or its test SMTP server.</summary>
public static partial class MailPickup
{
    /// <summary>
    /// The path and query of the latest link to <paramref name="path"/> in a message to
    /// <paramref name="to"/>, waiting for the background sender (at most 30 s). Any public base
    /// before the path is dropped, so the link opens on the test server.
    /// </summary>
    public static async Task<string> LinkAsync(AppFactory factory, string to, string path)
    {
        ArgumentNullException.ThrowIfNull(factory);
        var link = new Regex(Regex.Escape(path) + @"\?[^\s""<>]+");
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            var found = factory.MailTo(to).Select(m => link.Match(m.TextBody ?? string.Empty)).LastOrDefault(m => m.Success);
            if (found is not null)
            {
                return found.Value;
            }

            await Task.Delay(25, TestContext.Current.CancellationToken);
        }

        Assert.Fail($"No e-mail to {to} with a link to {path} arrived within 30 s.");
        return string.Empty;
    }

    /// <summary>The messages to <paramref name="to"/> written so far.</summary>
    public static IReadOnlyList<MimeMessage> Messages(string directory, string to) =>
        !Directory.Exists(directory)
            ? []
            : [.. Directory.GetFiles(directory, "*.eml")
                .Select(file => MimeMessage.Load(file))
                .Where(message => message.To.Mailboxes.Any(m => string.Equals(m.Address, to, StringComparison.OrdinalIgnoreCase)))];
}
