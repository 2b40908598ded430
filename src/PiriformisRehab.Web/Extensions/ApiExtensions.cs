using System.Text.Json;
using System.Text.Json.Serialization;
using PiriformisRehab.Web.Api;

namespace PiriformisRehab.Web.Extensions;

internal static class ApiExtensions
{
    public static void AddAssessmentApi(this WebApplicationBuilder builder)
    {
        builder.Services.AddProblemDetails();
        builder.Services.ConfigureHttpJsonOptions(options => Configure(options.SerializerOptions));
        builder.Services.AddOpenApi(options => options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "PiriformisRehab API";
            document.Info.Description = "Educational self-check for deep buttock pain in runners. Not a diagnosis.";
            return Task.CompletedTask;
        }));
    }

    /// <summary>camelCase names and enum strings as the contract spells them, source-generated for speed.</summary>
    public static void Configure(JsonSerializerOptions options)
    {
        options.TypeInfoResolverChain.Insert(0, ApiJsonContext.Default);
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
    }

    public static void MapAssessmentApi(this WebApplication app)
    {
        app.MapOpenApi();
        var v1 = app.MapGroup("/api/v1").WithTags("Self-check");
        v1.MapEvaluate();
        v1.MapQuestions();
    }
}
