using System.Buffers;
using System.Text.Json;
using Microsoft.Net.Http.Headers;

namespace PiriformisRehab.Web.Api;

/// <summary>
/// Reads a small JSON request body defensively: content type first (415), then size (413), then
/// syntax (400). The body is buffered up to the limit so a client can never make us read more.
/// </summary>
internal static class JsonBodyReader
{
    public static bool IsJson(string? contentType)
    {
        if (!MediaTypeHeaderValue.TryParse(contentType, out var media))
        {
            return false;
        }

        var type = media.MediaType.Value;
        var json = string.Equals(type, "application/json", StringComparison.OrdinalIgnoreCase)
            || (type is not null && type.StartsWith("application/", StringComparison.OrdinalIgnoreCase)
                && type.EndsWith("+json", StringComparison.OrdinalIgnoreCase));
        // JSON is UTF-8 (RFC 8259); any other declared charset is a client error.
        var charset = media.Charset.Value;
        return json && (charset is null || charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Reads the body; returns null when it is over <paramref name="maxBodyBytes"/> (Api:MaxBodyBytes).</summary>
    public static async Task<byte[]?> ReadAsync(HttpRequest request, int maxBodyBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBodyBytes)
        {
            return null;
        }

        var buffer = ArrayPool<byte>.Shared.Rent(maxBodyBytes + 1);
        try
        {
            var total = 0;
            int read;
            while ((read = await request.Body.ReadAsync(buffer.AsMemory(total, maxBodyBytes + 1 - total), cancellationToken)) > 0)
            {
                total += read;
                if (total > maxBodyBytes)
                {
                    return null;
                }
            }

            return buffer.AsSpan(0, total).ToArray();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    public static JsonDocument? TryParse(byte[] body)
    {
        try
        {
            return JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = 32 });
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
