using System.Text.RegularExpressions;
using MimeKit;

namespace PiriformisRehab.EndToEnd.Tests.Infrastructure;

/// <summary>
/// The apps under test write their e-mail as .eml files to one pickup folder for this run; the
/// tests read links from it as a physio would from their inbox.
/// </summary>
public static class TestMail
{
    public static string Directory { get; } = Path.Combine(Path.GetTempPath(), "piriformis-e2e-mail-" + Guid.NewGuid().ToString("N"));

    /// <summary>The path and query of the latest link to <paramref name="path"/> sent to <paramref name="to"/> (waits up to 30 s).</summary>
    public static async Task<string> LinkAsync(string to, string path)
    {
        var link = new Regex(Regex.Escape(path) + @"\?[^\s""<>]+");
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            var found = System.IO.Directory.Exists(Directory)
                ? System.IO.Directory.GetFiles(Directory, "*.eml")
                    .Select(file => MimeMessage.Load(file))
                    .Where(m => m.To.Mailboxes.Any(a => string.Equals(a.Address, to, StringComparison.OrdinalIgnoreCase)))
                    .Select(m => link.Match(m.TextBody ?? string.Empty))
                    .LastOrDefault(m => m.Success)
                : null;
            if (found is not null)
            {
                return found.Value;
            }

            await Task.Delay(50);
        }

        Assert.Fail($"No e-mail to {to} with a link to {path} within 30 s.");
        return string.Empty;
    }
}
