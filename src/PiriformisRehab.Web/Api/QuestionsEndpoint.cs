using PiriformisRehab.Domain;
using PiriformisRehab.Domain.Questions;

namespace PiriformisRehab.Web.Api;

/// <summary>GET /api/v1/questions: the catalogue, so any client can render the checklist.</summary>
internal static class QuestionsEndpoint
{
    public static void MapQuestions(this RouteGroupBuilder group)
    {
        group.MapGet("/questions", (QuestionCatalog catalog) =>
                TypedResults.Ok(new QuestionCatalogResponse(AssessmentEngine.RulesVersion, catalog.Sections, catalog.Questions)))
            .WithName("GetQuestions")
            .WithSummary("The self-check's questions, in asking order")
            .Produces<QuestionCatalogResponse>(StatusCodes.Status200OK);
    }
}
