using PiriformisRehab.Web.Tests.Infrastructure;

namespace PiriformisRehab.Web.Tests.Api;

/// <summary>Everything a client can get wrong answers 400 problem+json naming the field, never 500.</summary>
public sealed class MalformedEvaluateRequestTests(AppFactory factory) : IClassFixture<AppFactory>
{
    public static TheoryData<string, string, string> MalformedBodies => new()
    {
        // description, body, the error key that must be named
        { "empty body", "", "$" },
        { "whitespace only", "   ", "$" },
        { "truncated JSON", "{\"answers\": {", "$" },
        { "trailing garbage", "{\"answers\": {}} x", "$" },
        { "single quotes", "{'answers': {}}", "$" },
        { "a JSON array instead of an object", "[]", "$" },
        { "an array of answer objects", "[{\"answers\": {}}]", "$" },
        { "a JSON string", "\"buttockPain\"", "$" },
        { "a JSON number", "42", "$" },
        { "JSON null", "null", "$" },
        { "nesting deeper than allowed", new string('[', 100) + new string(']', 100), "$" },
        { "no answers field", "{}", "$.answers" },
        { "answers is null", "{\"answers\": null}", "$.answers" },
        { "answers is an array", "{\"answers\": []}", "$.answers" },
        { "answers is a string", "{\"answers\": \"buttockPain\"}", "$.answers" },
        { "answers given twice", "{\"answers\": {}, \"answers\": {}}", "$.answers" },
        { "answers in the wrong case", "{\"Answers\": {}}", "$.Answers" },
        { "an unknown top-level field", "{\"answers\": {}, \"patient\": \"x\"}", "$.patient" },
        { "clinicianCleared as a string", "{\"answers\": {}, \"clinicianCleared\": \"yes\"}", "$.clinicianCleared" },
        { "an unknown question id", "{\"answers\": {\"hamstringPain\": true}}", "hamstringPain" },
        { "an empty question id", "{\"answers\": {\"\": true}}", "" },
        { "a question id in the wrong case", "{\"answers\": {\"ButtockPain\": true}}", "ButtockPain" },
        { "yes/no given as a string", "{\"answers\": {\"buttockPain\": \"yes\"}}", "buttockPain" },
        { "yes/no given as a number", "{\"answers\": {\"saddleNumbness\": 1}}", "saddleNumbness" },
        { "yes/no given as an object", "{\"answers\": {\"worseSitting\": {}}}", "worseSitting" },
        { "the same question twice", "{\"answers\": {\"buttockPain\": true, \"buttockPain\": false}}", "buttockPain" },
        { "pain above 10", "{\"answers\": {\"painNow\": 11}}", "painNow" },
        { "pain below 0", "{\"answers\": {\"painNow\": -1}}", "painNow" },
        { "pain as a fraction", "{\"answers\": {\"painWorst\": 4.5}}", "painWorst" },
        { "pain as a string", "{\"answers\": {\"painNow\": \"4\"}}", "painNow" },
        { "pain as a boolean", "{\"answers\": {\"painNow\": true}}", "painNow" },
        { "a number too large for any integer", "{\"answers\": {\"painWorst\": 1e400}}", "painWorst" },
        { "a 20-digit number", "{\"answers\": {\"durationWeeks\": 99999999999999999999}}", "durationWeeks" },
        { "age below 10", "{\"answers\": {\"age\": 9}}", "age" },
        { "age above 110", "{\"answers\": {\"age\": 111}}", "age" },
        { "sitting tolerance above 600 minutes", "{\"answers\": {\"sittingToleranceMinutes\": 601}}", "sittingToleranceMinutes" },
        { "duration above 520 weeks", "{\"answers\": {\"durationWeeks\": 521}}", "durationWeeks" },
        { "settle time in the wrong case", "{\"answers\": {\"settleTime\": \"Hours\"}}", "settleTime" },
        { "settle time as an enum number", "{\"answers\": {\"settleTime\": 1}}", "settleTime" },
        { "an unknown running status", "{\"answers\": {\"runningStatus\": \"walking\"}}", "runningStatus" },
        { "running status as an array", "{\"answers\": {\"runningStatus\": [\"stopped\"]}}", "runningStatus" },
    };

    [Theory]
    [MemberData(nameof(MalformedBodies))]
    public async Task MalformedBodyIsRejectedWithProblemNamingTheField(string description, string body, string field)
    {
        Assert.False(string.IsNullOrEmpty(description));
        using var client = factory.CreateClient();

        using var response = await client.PostJsonAsync(body);

        await ProblemAssert.NamesFieldAsync(response, field);
    }

    [Fact]
    public async Task EveryProblemInOneRequestIsReported()
    {
        using var client = factory.CreateClient();

        using var response = await client.PostJsonAsync("{\"answers\": {\"painNow\": 11, \"age\": 5, \"settleTime\": \"soon\", \"nope\": true}}");

        var problem = await ProblemAssert.IsProblemAsync(response, System.Net.HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors");
        Assert.Equal(["age", "nope", "painNow", "settleTime"], errors.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
    }
}
