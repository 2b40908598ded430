using System.Net;
using System.Text.Json;


namespace PiriformisRehab.Web.Tests.Api;

/// <summary>The OpenAPI document describes the v1.1 fields, enums included.</summary>
public sealed class OpenApiV11Tests(Infrastructure.AppFactory factory) : IClassFixture<Infrastructure.AppFactory>
{
    private async Task<JsonElement> SchemasAsync()
    {
        using var client = factory.CreateClient();
        using var response = await client.GetAsync("/openapi/v1.json", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return JsonDocument.Parse(json).RootElement.Clone().GetProperty("components").GetProperty("schemas");
    }

    private static IEnumerable<string?> EnumOf(JsonElement schemas, string name) =>
        schemas.GetProperty(name).GetProperty("enum").EnumerateArray().Select(e => e.GetString());

    [Fact]
    public async Task ResultSchemaDescribesTheV11Fields()
    {
        var schemas = await SchemasAsync();

        var properties = schemas.GetProperty("AssessmentResult").GetProperty("properties");
        Assert.All(["triageTimeframe", "unsure", "unanswered", "notRuledOut", "safetyNet", "otherCauses"], f => Assert.True(properties.TryGetProperty(f, out _), f));
        Assert.True(schemas.GetProperty("Plan").GetProperty("properties").TryGetProperty("withheldCode", out _));
        Assert.True(schemas.GetProperty("RedFlag").GetProperty("properties").TryGetProperty("timeframe", out _));
    }

    [Fact]
    public async Task EnumsAreListedWithTheirContractStrings()
    {
        var schemas = await SchemasAsync();

        Assert.Equal(["now", "sameDay", "within48Hours", "withinWeeks", "none"], EnumOf(schemas, "Timeframe"));
        Assert.Equal(["emergency", "urgent", "under16"], EnumOf(schemas, "PlanWithheldCode").Where(v => v is not null));
        Assert.Contains("inflammatoryBackPain", EnumOf(schemas, "DifferentialId"));
        Assert.Contains("ischiofemoral", EnumOf(schemas, "DifferentialId"));
    }
}
