using System.Text.Json.Serialization;

namespace PiriformisRehab.Web.Features.Common;

/// <summary>Source-generated JSON for the id lists stored with a check-in.</summary>
[JsonSerializable(typeof(IReadOnlyList<string>))]
internal sealed partial class DiaryJsonContext : JsonSerializerContext;
