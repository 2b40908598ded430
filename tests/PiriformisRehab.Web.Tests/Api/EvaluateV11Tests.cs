using System.Net;
using System.Text.Json;
using PiriformisRehab.Domain.Rules;

using PiriformisRehab.Web.Tests.Infrastructure;

namespace PiriformisRehab.Web.Tests.Api;

/// <summary>Contract v1.1 over HTTP: every v1 request still works, and the new fields are additive (spec 5).</summary>
public sealed class EvaluateV11Tests(Infrastructure.AppFactory factory) : IClassFixture<Infrastructure.AppFactory>
{
    // Every v1 question id, as a v1 client would send them.
    private const string FullV1Request = """
        {"answers": {"saddleNumbness": false, "bladderBowelChange": false, "progressiveWeakness": false, "bothLegsSymptoms": false,
                     "feverOrUnwell": false, "immunosuppressedOrIvDrugUse": false, "cancerHistory": false, "unexplainedWeightLoss": false,
                     "nightPainUnrelenting": false, "significantTrauma": false, "osteoporosisOrSteroids": false,
                     "groinPainWeightBearing": false, "painOnImpact": false,
                     "buttockPain": true, "sciaticNotchTenderness": true, "worseSitting": true, "worseOnPiriformisStretch": false,
                     "painRadiatesThigh": true, "painBelowKnee": false, "numbnessOrTingling": false, "hipDropOrWeakGlutes": false,
                     "backPainDominant": false, "worseCoughSneeze": false, "pelvicDimplePain": false, "worseBendingForward": false,
                     "sittingBonePain": false, "outerHipPain": false, "groinPainDeepFlexion": false,
                     "painNow": 3, "painWorst": 5, "settleTime": "hours", "sittingToleranceMinutes": 40, "durationWeeks": 3,
                     "runningStatus": "runningWithPain", "age": 34}}
        """;

    private async Task<(HttpStatusCode Status, JsonElement Body, string? MediaType)> PostAsync(string body)
    {
        using var client = factory.CreateClient();
        using var response = await client.PostJsonAsync(body);
        var json = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return (response.StatusCode, JsonDocument.Parse(json).RootElement.Clone(), response.Content.Headers.ContentType?.MediaType);
    }

    private async Task<JsonElement> EvaluateAsync(string body)
    {
        var (status, result, _) = await PostAsync(body);
        Assert.Equal(HttpStatusCode.OK, status);
        return result;
    }

    [Fact]
    public async Task V1RequestStillGetsA200WithEveryV1Field()
    {
        var result = await EvaluateAsync(FullV1Request);

        string[] fields = ["rulesVersion", "disclaimer", "triage", "redFlags", "likelihood", "differentials", "severity", "irritability", "timeline", "plan", "running", "sitting"];
        Assert.All(fields, f => Assert.True(result.TryGetProperty(f, out _), f));
        Assert.All(["score", "band", "reasons"], f => Assert.True(result.GetProperty("likelihood").TryGetProperty(f, out _), f));
        Assert.All(["minWeeks", "maxWeeks", "note"], f => Assert.True(result.GetProperty("timeline").TryGetProperty(f, out _), f));
        Assert.All(["withheld", "withheldReason", "categories"], f => Assert.True(result.GetProperty("plan").TryGetProperty(f, out _), f));
        Assert.All(["advice", "text"], f => Assert.True(result.GetProperty("running").TryGetProperty(f, out _), f));
        Assert.Equal("selfCare", result.GetProperty("triage").GetString());
    }

    [Fact]
    public async Task V1RedFlagKeepsEveryV1FieldAndAddsItsTimeframe()
    {
        var result = await EvaluateAsync("""{"answers": {"feverOrUnwell": true}}""");

        var flag = Assert.Single(result.GetProperty("redFlags").EnumerateArray());
        Assert.All(["id", "level", "message", "action"], f => Assert.True(flag.TryGetProperty(f, out _), f));
        Assert.Equal("urgent", flag.GetProperty("level").GetString());
        Assert.Equal("sameDay", flag.GetProperty("timeframe").GetString());
        Assert.Equal("sameDay", result.GetProperty("triageTimeframe").GetString());
        Assert.Equal(RedFlagRules.SameDayAction, result.GetProperty("triageAdvice").GetString());
    }

    [Fact]
    public async Task ResponseAddsTheV11Fields()
    {
        var result = await EvaluateAsync("""{"answers": {"buttockPain": true, "outerHipPain": "notSure", "age": 30}}""");

        Assert.Equal("none", result.GetProperty("triageTimeframe").GetString());
        Assert.Equal(["outerHipPain"], result.GetProperty("unsure").EnumerateArray().Select(e => e.GetString()));
        Assert.Contains("sittingBonePain", result.GetProperty("unanswered").EnumerateArray().Select(e => e.GetString()));
        var open = result.GetProperty("notRuledOut").EnumerateArray().ToList();
        Assert.Contains(open, n => n.GetProperty("id").GetString() == "gluteTendinopathy"
            && n.GetProperty("questionIds").EnumerateArray().Select(e => e.GetString()).SequenceEqual(["outerHipPain"]));
        var safetyNet = result.GetProperty("safetyNet");
        Assert.False(string.IsNullOrWhiteSpace(safetyNet.GetProperty("text").GetString()));
        Assert.All(safetyNet.GetProperty("items").EnumerateArray(), i => Assert.Contains(i.GetProperty("timeframe").GetString(), new[] { "now", "sameDay" }));
        Assert.Equal(JsonValueKind.Null, result.GetProperty("plan").GetProperty("withheldCode").ValueKind);
    }

    [Theory]
    [InlineData("saddleNumbness")]
    [InlineData("cannotBearWeight")]
    [InlineData("bothLegsLongStanding")]
    public async Task NotSureOnASafetyQuestionIsA400NamingTheField(string id)
    {
        var (status, problem, mediaType) = await PostAsync("{\"answers\": {\"" + id + "\": \"notSure\"}}");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("application/problem+json", mediaType);
        Assert.Equal([id], problem.GetProperty("errors").EnumerateObject().Select(p => p.Name));
    }

    [Theory]
    [InlineData("buttockPain")]
    [InlineData("morningStiffness")]
    [InlineData("previousStressFracture")]
    public async Task NotSureOutsideTheSafetyScreenIsAccepted(string id)
    {
        var result = await EvaluateAsync("{\"answers\": {\"" + id + "\": \"notSure\"}}");

        Assert.Equal([id], result.GetProperty("unsure").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task FollowUpWithoutItsParentIsAccepted()
    {
        var result = await EvaluateAsync("""{"answers": {"bothLegsLongStanding": true, "perinealPainSitting": "notSure"}}""");

        Assert.Empty(result.GetProperty("redFlags").EnumerateArray());
        Assert.Empty(result.GetProperty("unsure").EnumerateArray());
    }

    [Fact]
    public async Task EmergencyResultHasNoSafetyNetAndAnEmergencyCode()
    {
        var result = await EvaluateAsync("""{"answers": {"cannotBearWeight": true}, "clinicianCleared": true}""");

        Assert.Equal(("emergency", "now"), (result.GetProperty("triage").GetString(), result.GetProperty("triageTimeframe").GetString()));
        Assert.Equal(JsonValueKind.Null, result.GetProperty("safetyNet").ValueKind);
        Assert.Equal("emergency", result.GetProperty("plan").GetProperty("withheldCode").GetString());
        Assert.Equal("stopRunning", result.GetProperty("running").GetProperty("advice").GetString());
    }

    [Fact]
    public async Task UnderSixteenIsRoutineWithTheUnder16Code()
    {
        var result = await EvaluateAsync("""{"answers": {"buttockPain": true, "age": 14}}""");

        Assert.Equal(("routine", "withinWeeks"), (result.GetProperty("triage").GetString(), result.GetProperty("triageTimeframe").GetString()));
        Assert.Equal("under16", result.GetProperty("plan").GetProperty("withheldCode").GetString());
    }

    [Fact]
    public async Task RulesVersionIsTheV11Logic()
    {
        var result = await EvaluateAsync("""{"answers": {}}""");

        Assert.StartsWith("1.1.0+", result.GetProperty("rulesVersion").GetString(), StringComparison.Ordinal);
    }
}
