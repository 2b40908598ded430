using System.Text.Json;

namespace PiriformisRehab.Web.Api;

/// <summary>
/// JSON that parses can still hold text .NET cannot read: a lone UTF-16 surrogate escape
/// ("\ud800") or invalid UTF-8 bytes inside a string. <see cref="JsonElement.GetString"/> and
/// <see cref="JsonProperty.Name"/> then throw InvalidOperationException, not JsonException, so
/// every key and string is checked once, up front, and the first bad one is named by its path.
/// </summary>
internal static class JsonTextCheck
{
    public const string BadValueMessage = "This text is not valid Unicode (a lone surrogate or invalid UTF-8).";
    public const string BadKeyMessage = "A key in this object is not valid Unicode (a lone surrogate or invalid UTF-8).";

    /// <summary>The path and message of the first unreadable key or string, or null when all read.</summary>
    public static (string Path, string Message)? FindUnreadable(JsonElement element, string path = "$")
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                return Readable(element) ? null : (path, BadValueMessage);
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (!TryName(property, out var name))
                    {
                        return (path, BadKeyMessage);
                    }

                    if (FindUnreadable(property.Value, path + "." + name) is { } inner)
                    {
                        return inner;
                    }
                }

                return null;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    if (FindUnreadable(item, $"{path}[{index++}]") is { } inner)
                    {
                        return inner;
                    }
                }

                return null;
            default:
                return null;
        }
    }

    private static bool Readable(JsonElement element)
    {
        try
        {
            _ = element.GetString();
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static bool TryName(JsonProperty property, out string name)
    {
        try
        {
            name = property.Name;
            return true;
        }
        catch (InvalidOperationException)
        {
            name = string.Empty;
            return false;
        }
    }
}
