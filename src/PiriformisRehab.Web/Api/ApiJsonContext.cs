using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Mvc;
using PiriformisRehab.Domain.Rules;

namespace PiriformisRehab.Web.Api;

/// <summary>Source-generated serialisation for the API's responses (no reflection per request).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(AssessmentResult))]
[JsonSerializable(typeof(QuestionCatalogResponse))]
[JsonSerializable(typeof(EvaluateRequest))]
[JsonSerializable(typeof(ProblemDetails))]
[JsonSerializable(typeof(HttpValidationProblemDetails))]
internal sealed partial class ApiJsonContext : JsonSerializerContext;
