using System.Net;
using PiriformisRehab.Web.Tests.Infrastructure;

namespace PiriformisRehab.Web.Tests.OpenInternet;

/// <summary>JSON that parses but holds text .NET cannot read is a 400 naming where, never a 500.</summary>
public sealed class UnreadableJsonTextTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("""{"answers": {"settleTime": "\ud800"}}""", "$.answers.settleTime")]
    [InlineData("""{"answers": {"settleTime": "a\udc00b"}}""", "$.answers.settleTime")]
    [InlineData("""{"answers": {"\ud800": true}}""", "$.answers")]
    [InlineData("""{"\udfff": {}}""", "$")]
    [InlineData("""{"answers": {"buttockPain": true}, "extra": ["ok", "\ud83d"]}""", "$.extra[1]")]
    public async Task ALoneSurrogateIsABadRequestNamingItsPath(string body, string path)
    {
        using var response = await factory.CreateClient().PostJsonAsync(body);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        await ProblemAssert.NamesFieldAsync(response, path);
    }

    [Fact]
    public async Task InvalidUtf8InAValueIsABadRequestNamingItsPath()
    {
        byte[] body = [.. "{\"answers\": {\"settleTime\": \""u8, 0xC3, 0x28, 0xFF, .. "\"}}"u8];
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new("application/json");

        using var response = await factory.CreateClient().PostAsync("/api/v1/assessments/evaluate", content, Ct);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        await ProblemAssert.NamesFieldAsync(response, "$.answers.settleTime");
    }

    [Fact]
    public async Task InvalidUtf8InAKeyIsABadRequestNamingItsObject()
    {
        byte[] body = [.. "{\"answers\": {\""u8, 0xED, 0xA0, 0x80, .. "\": true}}"u8];
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new("application/json");

        using var response = await factory.CreateClient().PostAsync("/api/v1/assessments/evaluate", content, Ct);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        await ProblemAssert.NamesFieldAsync(response, "$.answers");
    }

    [Fact]
    public async Task AValidSurrogatePairIsReadAsText()
    {
        // "\ud83d\ude00" is one emoji: readable text, so the answer is judged on its value (not a choice).
        using var response = await factory.CreateClient().PostJsonAsync("""{"answers": {"settleTime": "\ud83d\ude00"}}""");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        await ProblemAssert.NamesFieldAsync(response, "settleTime");
        Assert.DoesNotContain("not valid Unicode", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }
}
