using MimeKit;

namespace PiriformisRehab.Web.Features.Email;

/// <summary>
/// Writes each message as an .eml file (open it in any mail program), for running without a mail
/// server. Written under a temporary name and then renamed, so a reader never sees half a file.
/// </summary>
public sealed class PickupFolderMailTransport(string directory, TimeProvider clock) : IMailTransport
{
    public string Directory { get; } = directory;

    public async Task SendAsync(MimeMessage message, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(message);
        System.IO.Directory.CreateDirectory(Directory);
        var name = $"{clock.GetUtcNow():yyyyMMdd'T'HHmmss'Z'}-{Guid.NewGuid():N}";
        var temporary = Path.Combine(Directory, name + ".tmp");
        await message.WriteToAsync(temporary, ct);
        File.Move(temporary, Path.Combine(Directory, name + ".eml"));
    }
}
