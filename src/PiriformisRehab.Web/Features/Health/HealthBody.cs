namespace PiriformisRehab.Web.Features.Health;

/// <summary>What a probe reads: the overall status and one line per check, no exception details.</summary>
internal sealed record HealthEntry(string Status, string? Description);

internal sealed record HealthBody(string Status, Dictionary<string, HealthEntry> Checks);

[System.Text.Json.Serialization.JsonSourceGenerationOptions(PropertyNamingPolicy = System.Text.Json.Serialization.JsonKnownNamingPolicy.CamelCase)]
[System.Text.Json.Serialization.JsonSerializable(typeof(HealthBody))]
internal sealed partial class HealthJson : System.Text.Json.Serialization.JsonSerializerContext;
