using System.Text.Json.Serialization;

namespace PiriformisRehab.Web.Features.SelfCheck;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(DraftDto))]
[JsonSerializable(typeof(Dictionary<string, string>))]
internal sealed partial class DraftJsonContext : JsonSerializerContext;
