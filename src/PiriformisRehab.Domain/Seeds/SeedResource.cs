using System.Text.Json;

namespace PiriformisRehab.Domain.Seeds;

/// <summary>Reads the content files of seeds/, embedded in this assembly at build time.</summary>
internal static class SeedResource
{
    internal static readonly JsonSerializerOptions Json = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = false,
    };

    public static byte[] ReadBytes(string fileName)
    {
        using var stream = typeof(SeedResource).Assembly.GetManifestResourceStream("seeds/" + fileName)
            ?? throw new InvalidDataException($"seeds/{fileName} is not embedded in the Domain assembly.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }

    public static T Read<T>(string fileName) =>
        JsonSerializer.Deserialize<T>(ReadBytes(fileName), Json)
        ?? throw new InvalidDataException($"seeds/{fileName} is empty.");
}
