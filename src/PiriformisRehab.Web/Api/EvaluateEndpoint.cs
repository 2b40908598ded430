using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using PiriformisRehab.Domain;
using PiriformisRehab.Domain.Questions;
using PiriformisRehab.Domain.Rules;
using PiriformisRehab.Web.Options;

namespace PiriformisRehab.Web.Api;

/// <summary>POST /api/v1/assessments/evaluate (spec section 4).</summary>
internal static class EvaluateEndpoint
{
    private const string AnswersField = "answers";
    private const string ClearedField = "clinicianCleared";

    public static void MapEvaluate(this RouteGroupBuilder group)
    {
        group.MapPost("/assessments/evaluate", HandleAsync)
            .WithName("EvaluateAssessment")
            .WithSummary("Evaluate a runner's answers")
            .WithDescription("Returns triage, red flags, likelihood with reasons, differentials, severity, irritability, timeline, plan, running and sitting advice. Educational, not a diagnosis.")
            .Accepts<EvaluateRequest>("application/json")
            .Produces<AssessmentResult>(StatusCodes.Status200OK)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .DisableAntiforgery();

        // Blazor's not-found handling would otherwise answer a wrong method with a 404 page;
        // API clients deserve a 405 problem that says which method to use.
        group.MapMethods("/assessments/evaluate", ["GET", "PUT", "PATCH", "DELETE"], (HttpResponse response) =>
            {
                response.Headers.Allow = "POST";
                return TypedResults.Problem(statusCode: StatusCodes.Status405MethodNotAllowed, title: "Method not allowed", detail: "Use POST.");
            })
            .ExcludeFromDescription()
            .DisableAntiforgery();
    }

    internal static async Task<IResult> HandleAsync(HttpRequest request, AnswerParser parser, AssessmentEngine engine, IOptions<ApiOptions> options, CancellationToken cancellationToken)
    {
        if (!JsonBodyReader.IsJson(request.ContentType))
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status415UnsupportedMediaType,
                title: "Unsupported media type",
                detail: "Send the answers as JSON with Content-Type: application/json.");
        }

        var limit = options.Value.MaxBodyBytes;
        var body = await JsonBodyReader.ReadAsync(request, limit, cancellationToken);
        if (body is null)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status413PayloadTooLarge,
                title: "Request body too large",
                detail: $"The body must be at most {limit / 1024} KiB.");
        }

        if (body.Length == 0)
        {
            return Invalid("$", "The body is empty. Send {\"answers\": { ... }}.");
        }

        using var document = JsonBodyReader.TryParse(body);
        if (document is null)
        {
            return Invalid("$", "The body is not valid JSON.");
        }

        if (JsonTextCheck.FindUnreadable(document.RootElement) is { } unreadable)
        {
            return Invalid(unreadable.Path, unreadable.Message);
        }

        return Evaluate(document.RootElement, parser, engine);
    }

    private static IResult Evaluate(JsonElement root, AnswerParser parser, AssessmentEngine engine)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return Invalid("$", "The body must be a JSON object: {\"answers\": { ... }}.");
        }

        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        JsonElement? answers = null;
        var cleared = false;
        foreach (var property in root.EnumerateObject())
        {
            var path = "$." + property.Name;
            switch (property.Name)
            {
                case AnswersField when answers is not null:
                    errors[path] = ["'answers' appears more than once."];
                    break;
                case AnswersField when property.Value.ValueKind == JsonValueKind.Object:
                    answers = property.Value;
                    break;
                case AnswersField:
                    answers = default(JsonElement);
                    errors[path] = ["'answers' must be an object of question id to answer."];
                    break;
                case ClearedField when property.Value.ValueKind is JsonValueKind.True or JsonValueKind.False:
                    cleared = property.Value.GetBoolean();
                    break;
                case ClearedField:
                    errors[path] = ["'clinicianCleared' must be true or false."];
                    break;
                default:
                    errors[path] = [$"'{property.Name}' is not a field of this request; put answers inside 'answers'."];
                    break;
            }
        }

        if (answers is null)
        {
            errors["$.answers"] = ["'answers' is required."];
        }

        Answers? parsed = null;
        if (answers is { ValueKind: JsonValueKind.Object } element)
        {
            var result = parser.Parse(element.EnumerateObject().Select(p => KeyValuePair.Create(p.Name, AnswerInput.FromJson(p.Value))));
            foreach (var (id, messages) in result.Errors)
            {
                errors[id] = messages;
            }

            parsed = result.Answers;
        }

        if (errors.Count > 0 || parsed is null)
        {
            return TypedResults.ValidationProblem(errors, title: "Some answers could not be used.");
        }

        return TypedResults.Ok(engine.Evaluate(parsed, cleared));
    }

    private static ValidationProblem Invalid(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] }, title: "The request could not be read.");
}
