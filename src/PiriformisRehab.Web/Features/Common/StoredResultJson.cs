using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using PiriformisRehab.Domain.Rules;

namespace PiriformisRehab.Web.Features.Common;

/// <summary>
/// The stored shape of a saved self-check's result: the API's JSON (camelCase, enum strings as the
/// contract spells them), strict on reading so a stored result that no longer fits the result type
/// fails loudly instead of rendering with missing parts. Read by saved results, the diary and the
/// clinic's summary; written only by saved results.
/// </summary>
public static class StoredResultJson
{
    private static readonly JsonSerializerOptions Options = Create();

    public static string Write(AssessmentResult result) => JsonSerializer.Serialize(result, Options);

    /// <summary>A stored result, or null when it no longer fits the result type.</summary>
    public static AssessmentResult? Read(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<AssessmentResult>(json, Options);
        }
        catch (JsonException)
        {
            // Written by an older shape of the result type: the page says so rather than guessing.
            return null;
        }
    }

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            RespectNullableAnnotations = true,
            RespectRequiredConstructorParameters = true,
            TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        options.MakeReadOnly();
        return options;
    }
}
