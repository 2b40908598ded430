using Bunit;
using PiriformisRehab.Domain.Questions;
using PiriformisRehab.Web.Components.SelfCheck;
using PiriformisRehab.Web.Tests.Infrastructure;

namespace PiriformisRehab.Web.Tests.Components;

/// <summary>One question of a plain form: ids, hints, reasons and errors from the seed, and its answer posted under its field name.</summary>
public sealed class QuestionFieldTests : ComponentTestBase
{
    public static TheoryData<string> QuestionIds => [.. Catalog.Questions.Select(q => q.Id)];

    [Theory]
    [MemberData(nameof(QuestionIds))]
    public void EveryQuestionRendersItsHintReasonAndErrorBesideTheField(string questionId)
    {
        var question = Catalog.Find(questionId)!;

        var form = Field(question, formFieldName: "q." + questionId);

        Assert.Equal(question.Hint ?? string.Empty, Text(form, ".question__hint"));
        Assert.Contains(question.WhyWeAsk, Text(form, ".question__why"), StringComparison.Ordinal);
        // No alert per field: the page's error summary is the one announcement.
        Assert.Null(form.Find($"#err-{questionId}").GetAttribute("role"));
        Assert.Contains("Answer this question.", form.Find($"#err-{questionId}").TextContent, StringComparison.Ordinal);
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
    public void ANumberIsAPlainBoxWithNoButtons()
    {
        // The old wizard's − and + steppers needed a live connection; a plain form has none.
        var scale = Catalog.Questions.First(q => q is { Type: QuestionType.Int, Min: 0, Max: 10 });

        Assert.Empty(Field(scale, "q.pain").FindAll("button"));
    }

    private IRenderedComponent<QuestionField> Field(Question question, string formFieldName) =>
        Render<QuestionField>(p => p
            .Add(c => c.Question, question)
            .Add(c => c.Error, "Answer this question.")
            .Add(c => c.FormFieldName, formFieldName));

    private static string Text(IRenderedComponent<QuestionField> cut, string selector) =>
        string.Join("|", cut.FindAll(selector).Select(e => e.TextContent));
}
