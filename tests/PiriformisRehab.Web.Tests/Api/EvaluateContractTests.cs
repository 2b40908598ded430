using System.Net;
using System.Text.Json;
using PiriformisRehab.Web.Tests.Infrastructure;

namespace PiriformisRehab.Web.Tests.Api;

/// <summary>The 200 response has the shape of spec section 4: camelCase names, enum strings.</summary>
public sealed class EvaluateContractTests(Infrastructure.AppFactory factory) : IClassFixture<Infrastructure.AppFactory>
{
    private const string TypicalPiriformis = """
        {"answers": {"buttockPain": true, "sciaticNotchTenderness": true, "worseSitting": true,
                     "worseOnPiriformisStretch": true, "painRadiatesThigh": true, "painNow": 3, "painWorst": 5,
                     "settleTime": "hours", "sittingToleranceMinutes": 40, "durationWeeks": 3,
                     "runningStatus": "runningWithPain", "age": 34}}
        """;

    private async Task<JsonElement> EvaluateAsync(string body)
    {
        using var client = factory.CreateClient();
        using var response = await client.PostJsonAsync(body);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var json = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return JsonDocument.Parse(json).RootElement.Clone();
    }

    [Fact]
    public async Task TypicalPiriformisAnswersGiveHighBandSelfCareWithTheFullPlan()
    {
        var result = await EvaluateAsync(TypicalPiriformis);

        Assert.Equal("selfCare", result.GetProperty("triage").GetString());
        Assert.Equal("high", result.GetProperty("likelihood").GetProperty("band").GetString());
        // Four core features (4 x 20) and thigh radiation (10); no hip drop answered.
        Assert.Equal(90, result.GetProperty("likelihood").GetProperty("score").GetInt32());
        Assert.Equal("moderate", result.GetProperty("severity").GetString());
        Assert.Equal("reduce", result.GetProperty("running").GetProperty("advice").GetString());
        var plan = result.GetProperty("plan");
        Assert.False(plan.GetProperty("withheld").GetBoolean());
        Assert.Equal(JsonValueKind.Null, plan.GetProperty("withheldReason").ValueKind);
        Assert.Equal(
            ["softTissue", "hipMobility", "gluteActivation", "neuralMobility"],
            plan.GetProperty("categories").EnumerateArray().Select(c => c.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task ResponseCarriesEveryTopLevelFieldOfTheContract()
    {
        var result = await EvaluateAsync(TypicalPiriformis);

        string[] fields = ["rulesVersion", "disclaimer", "triage", "redFlags", "likelihood", "differentials", "severity", "irritability", "timeline", "plan", "running", "sitting"];
        Assert.All(fields, f => Assert.True(result.TryGetProperty(f, out _), f));
        Assert.False(string.IsNullOrWhiteSpace(result.GetProperty("sitting").GetProperty("text").GetString()));
        Assert.True(result.GetProperty("timeline").GetProperty("minWeeks").GetInt32() > 0);
    }

    [Fact]
    public async Task EveryExerciseCarriesStepsDosageCautionsAndProgression()
    {
        var result = await EvaluateAsync(TypicalPiriformis);

        var exercises = result.GetProperty("plan").GetProperty("categories").EnumerateArray()
            .SelectMany(c => c.GetProperty("exercises").EnumerateArray()).ToList();
        Assert.NotEmpty(exercises);
        Assert.All(exercises, e =>
        {
            Assert.True(e.GetProperty("steps").GetArrayLength() > 0);
            Assert.False(string.IsNullOrWhiteSpace(e.GetProperty("dosage").GetString()));
            Assert.True(e.GetProperty("cautions").GetArrayLength() > 0);
            Assert.False(string.IsNullOrWhiteSpace(e.GetProperty("progression").GetString()));
        });
    }

    [Fact]
    public async Task ReasonsNameQuestionPointsTextAndSource()
    {
        var result = await EvaluateAsync(TypicalPiriformis);

        var reason = result.GetProperty("likelihood").GetProperty("reasons")[0];
        Assert.Equal("buttockPain", reason.GetProperty("questionId").GetString());
        Assert.Equal(20, reason.GetProperty("points").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(reason.GetProperty("text").GetString()));
        Assert.Contains("Hopayian", reason.GetProperty("source").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SaddleNumbnessGivesEmergencyWithTheFlagAndNoPlan()
    {
        var result = await EvaluateAsync("""{"answers": {"saddleNumbness": true, "buttockPain": true}}""");

        Assert.Equal("emergency", result.GetProperty("triage").GetString());
        var flag = result.GetProperty("redFlags")[0];
        Assert.Equal("saddleNumbness", flag.GetProperty("id").GetString());
        Assert.Equal("emergency", flag.GetProperty("level").GetString());
        Assert.False(string.IsNullOrWhiteSpace(flag.GetProperty("action").GetString()));
        Assert.True(result.GetProperty("plan").GetProperty("withheld").GetBoolean());
        Assert.Equal(0, result.GetProperty("plan").GetProperty("categories").GetArrayLength());
    }

    [Fact]
    public async Task UrgentPlanIsRevealedOnlyWhenClinicianCleared()
    {
        var withheld = await EvaluateAsync("""{"answers": {"nightPainUnrelenting": true}}""");
        var cleared = await EvaluateAsync("""{"answers": {"nightPainUnrelenting": true}, "clinicianCleared": true}""");

        Assert.Equal("urgent", withheld.GetProperty("triage").GetString());
        Assert.True(withheld.GetProperty("plan").GetProperty("withheld").GetBoolean());
        Assert.False(cleared.GetProperty("plan").GetProperty("withheld").GetBoolean());
        Assert.Equal(4, cleared.GetProperty("plan").GetProperty("categories").GetArrayLength());
    }

    [Fact]
    public async Task LumbarPatternRaisesALikelyLumbarRadicularDifferential()
    {
        var result = await EvaluateAsync("""{"answers": {"buttockPain": true, "backPainDominant": true, "worseCoughSneeze": true, "painBelowKnee": true}}""");

        var lumbar = result.GetProperty("differentials").EnumerateArray().Single(d => d.GetProperty("id").GetString() == "lumbarRadicular");
        Assert.Equal("likely", lumbar.GetProperty("strength").GetString());
        Assert.Equal(3, lumbar.GetProperty("reasons").GetArrayLength());
        Assert.Equal("routine", result.GetProperty("triage").GetString());
    }

    [Fact]
    public async Task EmptyAnswersAreValidAndGiveLowBand()
    {
        var result = await EvaluateAsync("""{"answers": {}}""");

        Assert.Equal("low", result.GetProperty("likelihood").GetProperty("band").GetString());
        Assert.Equal(0, result.GetProperty("likelihood").GetProperty("score").GetInt32());
    }

    [Fact]
    public async Task ExplicitNullAnswerCountsAsNotGiven()
    {
        var result = await EvaluateAsync("""{"answers": {"painNow": null, "buttockPain": null}}""");

        Assert.Equal(0, result.GetProperty("likelihood").GetProperty("score").GetInt32());
    }
}
