using AngleSharp.Dom;
using Bunit;
using PiriformisRehab.Domain.Questions;
using PiriformisRehab.Web.Features.SelfCheck;
using PiriformisRehab.Web.Tests.Infrastructure;

namespace PiriformisRehab.Web.Tests.Components;

/// <summary>The self-check wizard (the CheckPage page) driven through its markup, as a runner would: steps, red flags, errors.</summary>
public sealed class WizardTests : WizardTestBase
{
    [Fact]
    public void SafetyScreenComesFirst()
    {
        var cut = RenderCheck();

        Assert.Equal("safety", cut.Find("[data-step]").GetAttribute("data-step"));
        var shown = QuestionIdsShown(cut);
        Assert.Equal(13, shown.Count);
        Assert.Equal(Catalog.InSection("safety").Select(q => q.Id), shown);
        Assert.DoesNotContain(QuestionIds.ButtockPain, shown);
        Assert.DoesNotContain(QuestionIds.SciaticNotchTenderness, shown);
        Assert.DoesNotContain(QuestionIds.WorseSitting, shown);
        Assert.DoesNotContain(QuestionIds.WorseOnPiriformisStretch, shown);
    }

    [Fact]
    public void EmergencyAnswerEndsTheWizard()
    {
        var cut = RenderCheck();

        Choose(cut, QuestionIds.SaddleNumbness, "true");

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("section.emergency[data-triage='emergency']")));
        Assert.Empty(cut.FindAll("[data-question-id]"));
        Assert.Empty(cut.FindAll("[data-step]"));
    }

    [Fact]
    public void UrgentAnswerDoesNotStopTheWizard()
    {
        var cut = RenderCheck();

        Choose(cut, QuestionIds.NightPainUnrelenting, "true");

        Assert.Empty(cut.FindAll("section.emergency"));
        Assert.Equal("safety", cut.Find("[data-step]").GetAttribute("data-step"));
        Assert.Equal(13, QuestionIdsShown(cut).Count);
        Assert.True(Radio(cut, QuestionIds.NightPainUnrelenting, "true").HasAttribute("checked"));
    }

    [Fact]
    public void NextIsBlockedUntilEverySafetyQuestionIsAnswered()
    {
        var cut = RenderCheck();
        string[] answered = [QuestionIds.SaddleNumbness, QuestionIds.BladderBowelChange];
        foreach (var id in answered)
        {
            Choose(cut, id, "false");
        }

        Click(cut, "Next");

        Assert.Equal("safety", cut.Find("[data-step]").GetAttribute("data-step"));
        foreach (var question in Catalog.InSection("safety"))
        {
            var errors = Question(cut, question.Id).QuerySelectorAll(".question__error[role='alert']");
            if (answered.Contains(question.Id))
            {
                Assert.Empty(errors);
            }
            else
            {
                Assert.Single(errors);
            }
        }
    }

    [Fact]
    public void OutOfRangeNumberShowsErrorBesideTheField()
    {
        SeedDraft(Draft(3, SafetyAllNo()));
        var cut = RenderCheck();
        Assert.Equal("context", cut.Find("[data-step]").GetAttribute("data-step"));

        cut.Find($"#in-{QuestionIds.PainNow}").Change("11");
        Click(cut, "See my results");

        Assert.Equal("context", cut.Find("[data-step]").GetAttribute("data-step"));
        var error = Question(cut, QuestionIds.PainNow).QuerySelector(".question__error[role='alert']");
        Assert.NotNull(error);
        Assert.Equal("true", cut.Find($"#in-{QuestionIds.PainNow}").GetAttribute("aria-invalid"));
        Assert.Empty(JSInterop.Invocations["piriformisRehab.submitForm"]);
    }

    [Fact]
    public void ValidAnswersAreHandedToTheResultsPage()
    {
        SeedDraft(Draft(3, [.. SafetyAllNo(), (QuestionIds.ButtockPain, "true")]));
        var cut = RenderCheck();

        cut.Find($"#in-{QuestionIds.PainNow}").Change("4");
        Click(cut, "See my results");

        var submit = JSInterop.Invocations["piriformisRehab.submitForm"].Single();
        Assert.Equal("results-form", submit.Arguments[0]);
        Assert.Equal("results-answers", submit.Arguments[1]);
        var posted = AnswerDraft.FromJson((string?)submit.Arguments[2]);
        Assert.Equal("4", posted.Get(QuestionIds.PainNow));
        Assert.Equal("true", posted.Get(QuestionIds.ButtockPain));
        Assert.Equal("results", submit.Arguments[3]);
    }

    [Fact]
    public void ChangingAnEmergencyAnswerReturnsToTheSafetyScreenWithThatAnswer()
    {
        var cut = RenderCheck();
        Choose(cut, QuestionIds.SaddleNumbness, "true");
        cut.WaitForElement("section.emergency");

        Click(cut, "I answered by mistake: change my answer");

        Assert.Empty(cut.FindAll("section.emergency"));
        Assert.Equal("safety", cut.Find("[data-step]").GetAttribute("data-step"));
        Assert.True(Radio(cut, QuestionIds.SaddleNumbness, "true").HasAttribute("checked"));
    }

    [Fact]
    public void UrgentAnswerIsRecalledOnTheFollowingSteps()
    {
        var cut = RenderCheck();
        Assert.Empty(cut.FindAll(".mud-alert"));
        foreach (var question in Catalog.InSection("safety"))
        {
            Choose(cut, question.Id, question.Id == QuestionIds.NightPainUnrelenting ? "true" : "false");
        }

        Click(cut, "Next");

        Assert.Equal("core", cut.Find("[data-step]").GetAttribute("data-step"));
        Assert.Contains("a doctor should check you within 24-48 hours", cut.Find(".wizard-step .mud-alert").TextContent);
    }

    /// <summary>Renders the page and waits for the draft to load (it is read after the first render).</summary>

    [Fact]
    public void NextWithTheEmergencyAnswerStillInPlaceStopsTheCheckAgain()
    {
        SeedDraft(Draft(0, [.. SafetyAllNo().Where(a => a.Id != QuestionIds.SaddleNumbness), (QuestionIds.SaddleNumbness, "true")]));
        var cut = RenderCheck();
        cut.WaitForElement("section.emergency");
        Click(cut, "I answered by mistake: change my answer");

        Click(cut, "Next");

        Assert.NotNull(cut.Find("section.emergency[data-triage='emergency']"));
    }

    [Theory]
    [InlineData("Raise")]
    [InlineData("Lower")]
    public void SteppingAnEmptyPainScaleStartsAtZero(string direction)
    {
        SeedDraft(Draft(3, SafetyAllNo()));
        var cut = RenderCheck();

        cut.Find($"[data-question-id='{QuestionIds.PainNow}'] button[aria-label^='{direction}']").Click();

        Assert.Equal("0", cut.Find($"#in-{QuestionIds.PainNow}").GetAttribute("value"));
    }
}
