using PiriformisRehab.Domain.Questions;

namespace PiriformisRehab.Domain.Tests.Questions;

/// <summary>The wizard's pages (seeds/questions.json): short, on one topic, every question once.</summary>
public sealed class QuestionPageTests
{
    private static readonly QuestionCatalog Catalog = QuestionCatalog.Default;

    [Fact]
    public void EveryQuestionIsOnExactlyOnePage()
    {
        var onPages = Catalog.Pages.SelectMany(p => p.QuestionIds).ToList();

        Assert.Equal(Catalog.Questions.Select(q => q.Id).Order(StringComparer.Ordinal), onPages.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void NoPageShowsMoreThanFiveQuestions()
    {
        Assert.All(Catalog.Pages, p => Assert.InRange(p.QuestionIds.Count, 1, 5));
    }

    [Fact]
    public void SafetyScreenIsSplitIntoSeveralPagesAskedFirst()
    {
        var sections = Catalog.Pages.Select(p => p.Section).ToList();
        var safetyPages = sections.TakeWhile(s => s == "safety").Count();

        Assert.True(safetyPages >= 3, $"only {safetyPages} safety pages");
        Assert.DoesNotContain("safety", sections.Skip(safetyPages));
    }

    [Fact]
    public void FollowUpSitsRightAfterItsParentOnTheSamePage()
    {
        foreach (var question in Catalog.Questions.Where(q => q.Parent is not null))
        {
            var page = Catalog.Pages.Single(p => p.QuestionIds.Contains(question.Id));
            var at = page.QuestionIds.ToList().IndexOf(question.Id);
            Assert.True(at > 0 && page.QuestionIds[at - 1] == question.Parent, question.Id);
        }
    }

    [Fact]
    public void PageOfSixQuestionsIsRefused()
    {
        var six = Catalog.Questions.Where(q => q.Section == "supporting" && q.Parent is null).Take(6).Select(q => q.Id).ToList();
        var pages = new[] { new QuestionPage("too-long", "supporting", "Too long", "Six questions.", six) };

        var error = Assert.Throws<InvalidDataException>(() => ContractCheck.VerifyPages(pages, Catalog.Questions));
        Assert.Contains("too-long", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OnlySittingToleranceAndDurationMayBeAnsweredDontKnow()
    {
        var dontKnow = Catalog.Questions.Where(q => q.AllowsDontKnow).Select(q => q.Id);

        Assert.Equal([QuestionIds.SittingToleranceMinutes, QuestionIds.DurationWeeks], dontKnow);
    }
}
