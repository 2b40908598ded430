using System.Text.Json.Serialization;

namespace PiriformisRehab.Web.Features.Common;

/// <summary>Source-generated JSON for the id lists stored with a check-in, and a physio's structured dose.</summary>
[JsonSerializable(typeof(IReadOnlyList<string>))]
[JsonSerializable(typeof(Domain.Plans.Dose))]
internal sealed partial class DiaryJsonContext : JsonSerializerContext;
