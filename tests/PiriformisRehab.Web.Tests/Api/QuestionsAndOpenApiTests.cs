using System.Net;
using System.Text.Json;


namespace PiriformisRehab.Web.Tests.Api;

public sealed class QuestionsAndOpenApiTests(Infrastructure.AppFactory factory) : IClassFixture<Infrastructure.AppFactory>
{
    private async Task<JsonElement> GetJsonAsync(string path)
    {
        using var client = factory.CreateClient();
        using var response = await client.GetAsync(path, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return JsonDocument.Parse(json).RootElement.Clone();
    }

    [Fact]
    public async Task QuestionCatalogueListsAllQuestionsSafetyScreenFirst()
    {
        var catalog = await GetJsonAsync("/api/v1/questions");

        var questions = catalog.GetProperty("questions").EnumerateArray().ToList();
        Assert.Equal(47, questions.Count);
        Assert.Equal("saddleNumbness", questions[0].GetProperty("id").GetString());
        Assert.Equal("safety", questions[0].GetProperty("section").GetString());
        Assert.Equal("bool", questions[0].GetProperty("type").GetString());
    }

    [Fact]
    public async Task QuestionCatalogueGivesRangesAndOptions()
    {
        var catalog = await GetJsonAsync("/api/v1/questions");

        var questions = catalog.GetProperty("questions").EnumerateArray().ToDictionary(q => q.GetProperty("id").GetString()!);
        Assert.Equal(0, questions["painNow"].GetProperty("min").GetInt32());
        Assert.Equal(10, questions["painNow"].GetProperty("max").GetInt32());
        Assert.Equal(["minutes", "hours", "nextDay"], questions["settleTime"].GetProperty("options").EnumerateArray().Select(o => o.GetProperty("value").GetString()));
        Assert.False(string.IsNullOrWhiteSpace(questions["saddleNumbness"].GetProperty("whyWeAsk").GetString()));
    }

    // v1.1: follow-ups name their parent; yes/no questions outside the safety screen accept "notSure".
    [Fact]
    public async Task QuestionCatalogueMarksFollowUpsAndNotSure()
    {
        var catalog = await GetJsonAsync("/api/v1/questions");

        var questions = catalog.GetProperty("questions").EnumerateArray().ToDictionary(q => q.GetProperty("id").GetString()!);
        Assert.Equal("bothLegsSymptoms", questions["bothLegsLongStanding"].GetProperty("parent").GetString());
        Assert.Equal("worseSitting", questions["perinealPainSitting"].GetProperty("parent").GetString());
        Assert.Equal(JsonValueKind.Null, questions["buttockPain"].GetProperty("parent").ValueKind);
        Assert.False(questions["saddleNumbness"].GetProperty("acceptsNotSure").GetBoolean());
        Assert.True(questions["buttockPain"].GetProperty("acceptsNotSure").GetBoolean());
        Assert.True(questions["recentTrainingJump"].GetProperty("acceptsNotSure").GetBoolean());
    }

    [Fact]
    public async Task OpenApiDocumentDescribesBothEndpointsAndTheirProblems()
    {
        var document = await GetJsonAsync("/openapi/v1.json");

        var paths = document.GetProperty("paths");
        var evaluate = paths.GetProperty("/api/v1/assessments/evaluate").GetProperty("post");
        Assert.True(paths.TryGetProperty("/api/v1/questions", out _));
        var responses = evaluate.GetProperty("responses");
        Assert.True(responses.TryGetProperty("200", out _));
        Assert.True(responses.GetProperty("400").GetProperty("content").TryGetProperty("application/problem+json", out _));
        Assert.True(responses.TryGetProperty("413", out _));
        Assert.True(responses.TryGetProperty("415", out _));
        Assert.True(evaluate.GetProperty("requestBody").GetProperty("content").TryGetProperty("application/json", out _));
    }
}
