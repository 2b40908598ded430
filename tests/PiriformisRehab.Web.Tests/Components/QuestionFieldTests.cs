using Bunit;
using PiriformisRehab.Domain.Questions;
using PiriformisRehab.Web.Components.SelfCheck;
using PiriformisRehab.Web.Tests.Infrastructure;

namespace PiriformisRehab.Web.Tests.Components;

/// <summary>One question component for the wizard and for the clinic's plain form: the same ids, hints, reasons and errors.</summary>
public sealed class QuestionFieldTests : ComponentTestBase
{
    public static TheoryData<string> QuestionIds => [.. Catalog.Questions.Select(q => q.Id)];

    [Theory]
    [MemberData(nameof(QuestionIds))]
    public void TheWizardAndThePlainFormRenderTheSameIdsHintsReasonsAndError(string questionId)
    {
        var question = Catalog.Find(questionId)!;

        var wizard = Field(question, formFieldName: null);
        var form = Field(question, formFieldName: "q." + questionId);

        Assert.Equal(Ids(wizard), Ids(form));
        Assert.Equal(Text(wizard, ".question__hint"), Text(form, ".question__hint"));
        Assert.Equal(Text(wizard, ".question__why"), Text(form, ".question__why"));
        // No alert per field: the page's error summary is the one announcement.
        Assert.Null(form.Find($"#err-{questionId}").GetAttribute("role"));
        Assert.Equal(wizard.Find($"#err-{questionId}").OuterHtml, form.Find($"#err-{questionId}").OuterHtml);
        Assert.NotEmpty(Text(form, ".question__why"));
    }

    [Fact]
    public void ThePlainFormPostsEachAnswerUnderItsFieldName()
    {
        var scale = Catalog.Questions.First(q => q.Type == QuestionType.Int);
        var choice = Catalog.Questions.First(q => q.Type == QuestionType.Bool);

        Assert.Equal("q.x", Field(scale, "q.x").Find("input[type=number]").GetAttribute("name"));
        Assert.All(Field(choice, "q.y").FindAll("input[type=radio]"), radio => Assert.Equal("q.y", radio.GetAttribute("name")));
    }

    [Fact]
    public void ThePlainFormHasNoSteppersWhichNeedALiveConnection()
    {
        var scale = Catalog.Questions.First(q => q is { Type: QuestionType.Int, Min: 0, Max: 10 });

        Assert.NotEmpty(Field(scale, null).FindAll("button.stepper"));
        Assert.Empty(Field(scale, "q.pain").FindAll("button.stepper"));
    }

    private IRenderedComponent<QuestionField> Field(Question question, string? formFieldName) =>
        Render<QuestionField>(p => p
            .Add(c => c.Question, question)
            .Add(c => c.Error, "Answer this question.")
            .Add(c => c.FormFieldName, formFieldName));

    private static List<string> Ids(IRenderedComponent<QuestionField> cut) =>
        [.. cut.FindAll("[id]").Select(e => e.Id!)];

    private static string Text(IRenderedComponent<QuestionField> cut, string selector) =>
        string.Join("|", cut.FindAll(selector).Select(e => e.TextContent));
}
