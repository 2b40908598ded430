using System.Text.Json;
using PiriformisRehab.Domain.Questions;

namespace PiriformisRehab.Web.Api;

/// <summary>
/// The evaluation request as documented in OpenAPI. The handler reads the body itself so that
/// every problem can be reported by field; this type only describes the shape.
/// </summary>
/// <param name="Answers">Question id to answer: true/false, a whole number, or an option value.</param>
/// <param name="ClinicianCleared">Optional: the runner confirms a clinician has cleared them, which reveals the plan on an urgent result.</param>
public sealed record EvaluateRequest(Dictionary<string, JsonElement> Answers, bool? ClinicianCleared);

/// <summary>The question catalogue, so any client can render the checklist.</summary>
public sealed record QuestionCatalogResponse(string RulesVersion, IReadOnlyList<QuestionSection> Sections, IReadOnlyList<Question> Questions);
