using System.Net;
using AngleSharp.Html.Parser;
using PiriformisRehab.Domain.Questions;
using PiriformisRehab.Web.Tests.Infrastructure;
using Q = PiriformisRehab.Domain.Questions.QuestionIds;

namespace PiriformisRehab.Web.Tests.Features.SelfCheck;

/// <summary>
/// The body map posted as plain checkboxes, as a browser without JavaScript sends it (ADR-015): a
/// tick answers its question yes, an untouched place is never "no", contradictions and broken
/// posts come back beside the field, never a 500.
/// </summary>
public sealed class BodyMapFormTests : IAsyncLifetime
{
    private readonly AppFactory _factory = new();
    private CheckFlowClient _client = default!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync()
    {
        _client = CheckFlowClient.Create(_factory);
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _factory.DisposeAsync();
    }

    private static readonly (string, string)[] MainSignsOthers = [(Q.WorseSitting, "false"), (Q.WorseOnPiriformisStretch, "false")];

    [Theory]
    [InlineData("nerves", false)]
    [InlineData("standing-and-walking", false)]
    [InlineData("main-signs", true)]
    [InlineData("where-it-spreads", true)]
    [InlineData("back", false)]
    [InlineData("hip-and-pelvis", true)]
    [InlineData("your-pain", false)]
    public async Task TheMapIsOnlyOnThePagesWhoseQuestionsItAnswers(string pageId, bool hasMap)
    {
        await _client.AnswerUpToAsync(pageId);

        var html = await _client.Http.GetHtmlAsync($"/check/{pageId}");

        Assert.Equal(hasMap, html.Contains("data-body-map", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TickedPlacesAnswerTheirQuestionsYes()
    {
        await _client.AnswerUpToAsync("main-signs");

        var next = await _client.PassPageAsync("main-signs", [("where.buttock", "true"), ("where.deep-point", "true"), .. MainSignsOthers]);

        Assert.EndsWith("/check/where-it-spreads", next, StringComparison.Ordinal);
        var page = await PageAsync("main-signs");
        Assert.Equal("true", Answer(page, Q.ButtockPain));
        Assert.Equal("true", Answer(page, Q.SciaticNotchTenderness));
        Assert.Equal(["buttock", "deep-point"], TickedPlaces(page));
    }

    [Fact]
    public async Task AnUntouchedPlaceIsNeverReadAsNo()
    {
        await _client.AnswerUpToAsync("main-signs");

        using var response = await _client.PostPageAsync("main-signs", [("where.buttock", "true"), .. MainSignsOthers]);
        var html = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([Q.SciaticNotchTenderness], ErrorLinks(html));
        Assert.Contains("Select yes, no or not sure", Parse(html).QuerySelector($"#err-{Q.SciaticNotchTenderness}")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoneOfThesePlacesAnswersOnlyTheBlankPlaceQuestionsNo()
    {
        await _client.AnswerUpToAsync("hip-and-pelvis");

        await _client.PassPageAsync("hip-and-pelvis", [("where.none", "true"), (Q.OuterHipPain, Answers.NotSureValue)]);

        var page = await PageAsync("hip-and-pelvis");
        Assert.Equal("false", Answer(page, Q.PelvicDimplePain));
        Assert.Equal("false", Answer(page, Q.SittingBonePain));
        Assert.Equal("false", Answer(page, Q.GroinPainDeepFlexion));
        Assert.Equal(Answers.NotSureValue, Answer(page, Q.OuterHipPain));
        Assert.Empty(TickedPlaces(page));
    }

    /// <summary>What a runner can post without JavaScript that does not add up, and where the message goes.</summary>
    public static TheoryData<string, string, string> Contradictions => new()
    {
        { "where.buttock=true&buttockPain=false&sciaticNotchTenderness=false", Q.ButtockPain, "You ticked \u201cButtock\u201d on the body map but answered \u201cNo\u201d" },
        { "where.deep-point=true&sciaticNotchTenderness=notSure&buttockPain=false", Q.SciaticNotchTenderness, "answered \u201cNot sure\u201d" },
        { "where.none=true&where.buttock=true", "where-none", "not both" },
        { "where.none=true&buttockPain=true", Q.ButtockPain, "You ticked \u201cNone of these places\u201d but answered \u201cYes\u201d" },
    };

    [Theory]
    [MemberData(nameof(Contradictions))]
    public async Task AContradictionIsAskedAgainBesideItsField(string fields, string field, string message)
    {
        await _client.AnswerUpToAsync("main-signs");

        using var response = await _client.PostPageAsync("main-signs", [.. Fields(fields), .. MainSignsOthers]);
        var html = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(field, ErrorLinks(html)[0]);
        var beside = Parse(html).QuerySelector(field == "where-none" ? "#body-map-error" : $"#err-{field}")!.TextContent;
        Assert.Contains(message, beside, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UntickingAPlaceThatWasTickedAsksAgainRatherThanKeepingYes()
    {
        await _client.AnswerUpToAsync("main-signs");
        await _client.PassPageAsync("main-signs", [("where.buttock", "true"), (Q.SciaticNotchTenderness, "false"), .. MainSignsOthers]);

        // The page showed Buttock ticked and Yes; the runner unticks the place and leaves the Yes.
        using var response = await _client.PostPageAsync("main-signs", [(Q.ButtockPain, "true"), (Q.SciaticNotchTenderness, "false"), .. MainSignsOthers]);
        var html = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([Q.ButtockPain], ErrorLinks(html));
        Assert.Contains("You unticked \u201cButtock\u201d", Parse(html).QuerySelector($"#err-{Q.ButtockPain}")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithoutJavaScriptChangingTheQuestionOfATickedPlaceToNoIsKept()
    {
        await _client.AnswerUpToAsync("main-signs");
        await _client.PassPageAsync("main-signs", [("where.buttock", "true"), (Q.SciaticNotchTenderness, "false"), .. MainSignsOthers]);

        // The page showed Buttock ticked; the runner answers the question No and leaves the box as drawn.
        await _client.PassPageAsync("main-signs", [("where.buttock", "true"), (Q.ButtockPain, "false"), (Q.SciaticNotchTenderness, "false"), .. MainSignsOthers]);

        var page = await PageAsync("main-signs");
        Assert.Equal("false", Answer(page, Q.ButtockPain));
        Assert.Empty(TickedPlaces(page));
    }

    [Theory]
    [InlineData("where.buttock", "yes")]
    [InlineData("where.buttock", "on")]
    [InlineData("where.buttock", "")]
    [InlineData("where.deep-point", "false")]
    [InlineData("where.none", "\ud800")]
    [InlineData("where.none", "1")]
    public async Task ABrokenMapValueIsA400BesideTheMapAndAnswersNothing(string name, string value)
    {
        await _client.AnswerUpToAsync("main-signs");

        using var response = await _client.PostPageAsync("main-signs", [(name, value), .. MainSignsOthers]);
        var html = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("where-none", ErrorLinks(html)[0]);
        Assert.Contains("could not be read", Parse(html).QuerySelector("#body-map-error")!.TextContent, StringComparison.Ordinal);
        var page = await PageAsync("main-signs");
        Assert.Null(Answer(page, Q.ButtockPain));
        Assert.Null(Answer(page, Q.SciaticNotchTenderness));
    }

    [Fact]
    public async Task ARepeatedTickCountsOnceAndAnUnknownPlaceIsIgnored()
    {
        await _client.AnswerUpToAsync("main-signs");

        await _client.PassPageAsync("main-signs", [("where.buttock", "true"), ("where.buttock", "true"), ("where.elbow", "true"), ("where.groin", "true"), (Q.SciaticNotchTenderness, "false"), .. MainSignsOthers]);

        var page = await PageAsync("main-signs");
        Assert.Equal("true", Answer(page, Q.ButtockPain));
        // The groin's question is on another page: this page's post cannot answer it.
        await _client.AnswerUpToAsync("hip-and-pelvis");
        Assert.Null(Answer(await PageAsync("hip-and-pelvis"), Q.GroinPainDeepFlexion));
    }

    private static IEnumerable<(string, string)> Fields(string query) =>
        query.Split('&').Select(pair => pair.Split('=')).Select(p => (p[0], p[1]));

    private async Task<AngleSharp.Html.Dom.IHtmlDocument> PageAsync(string pageId) => Parse(await _client.Http.GetHtmlAsync($"/check/{pageId}"));

    private static AngleSharp.Html.Dom.IHtmlDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    private static string? Answer(AngleSharp.Html.Dom.IHtmlDocument page, string questionId) =>
        page.QuerySelectorAll($"input[type=radio][name='{questionId}']").FirstOrDefault(r => r.HasAttribute("checked"))?.GetAttribute("value");

    private static List<string> TickedPlaces(AngleSharp.Html.Dom.IHtmlDocument page) =>
        [.. page.QuerySelectorAll("input[data-region-toggle]").Where(b => b.HasAttribute("checked")).Select(b => b.GetAttribute("data-region-toggle")!)];

    private static List<string> ErrorLinks(string html) =>
        [.. Parse(html).QuerySelectorAll("[data-error-link]").Select(a => a.GetAttribute("data-error-link")!)];
}
