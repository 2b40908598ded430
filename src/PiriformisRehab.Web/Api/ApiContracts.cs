using System.Text.Json;
using PiriformisRehab.Domain.Questions;

namespace PiriformisRehab.Web.Api;

/// <summary>
/// The evaluation request as documented in OpenAPI. The handler reads the body itself so that
/// every problem can be reported by field; this type only describes the shape.
/// </summary>
/// <param name="Answers">Question id to answer: true/false (or "notSure" outside the safety screen), a whole number, or an option value.</param>
/// <param name="ClinicianCleared">Optional: the runner confirms a doctor has examined them and said they can exercise, which reveals the plan on an urgent or under-16 result (never on an emergency one).</param>
public sealed record EvaluateRequest(Dictionary<string, JsonElement> Answers, bool? ClinicianCleared);

/// <summary>The question catalogue, so any client can render the checklist.</summary>
public sealed record QuestionCatalogResponse(string RulesVersion, IReadOnlyList<QuestionSection> Sections, IReadOnlyList<Question> Questions);
