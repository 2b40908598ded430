namespace PiriformisRehab.Web.Components;

/// <summary>
/// Lenient reads of query-string values. [SupplyParameterFromQuery] throws (a 500) when a value
/// does not parse as the property's type, so pages take the raw string and read it here: a value
/// that does not parse is ignored, as if it were absent.
/// </summary>
public static class QueryValues
{
    /// <summary>"true", "1" or "on" (any case) are set; anything else, or nothing, is not.</summary>
    public static bool Flag(string? value) =>
        value is not null
        && (value.Equals("true", StringComparison.OrdinalIgnoreCase) || value == "1" || value.Equals("on", StringComparison.OrdinalIgnoreCase));

    /// <summary>A GUID, or null when the value is absent or not a GUID.</summary>
    public static Guid? Id(string? value) => Guid.TryParse(value, out var id) ? id : null;
}
