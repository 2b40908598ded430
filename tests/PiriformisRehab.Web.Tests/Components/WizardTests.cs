using AngleSharp.Dom;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using PiriformisRehab.Domain.Questions;
using PiriformisRehab.Web.Components.Pages.SelfCheck;
using PiriformisRehab.Web.Features.SelfCheck;
using PiriformisRehab.Web.Tests.Infrastructure;

namespace PiriformisRehab.Web.Tests.Components;

/// <summary>The self-check wizard (the CheckPage page) driven through its markup, as a runner would.</summary>
public sealed class WizardTests : ComponentTestBase
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
    public void BackKeepsAnswers()
    {
        SeedDraft(Draft(1, SafetyAllNo()));
        var cut = RenderCheck();
        Assert.Equal("core", cut.Find("[data-step]").GetAttribute("data-step"));
        Choose(cut, QuestionIds.ButtockPain, "true");
        Choose(cut, QuestionIds.WorseSitting, "false");

        Click(cut, "Next");
        Assert.Equal("supporting", cut.Find("[data-step]").GetAttribute("data-step"));
        Click(cut, "Back");

        Assert.Equal("core", cut.Find("[data-step]").GetAttribute("data-step"));
        Assert.True(Radio(cut, QuestionIds.ButtockPain, "true").HasAttribute("checked"));
        Assert.True(Radio(cut, QuestionIds.WorseSitting, "false").HasAttribute("checked"));
        Assert.False(Radio(cut, QuestionIds.SciaticNotchTenderness, "true").HasAttribute("checked"));
        Assert.False(Radio(cut, QuestionIds.SciaticNotchTenderness, "false").HasAttribute("checked"));
    }

    [Fact]
    public void DraftIsSavedAfterEveryAnswer()
    {
        var cut = RenderCheck();

        Choose(cut, QuestionIds.SaddleNumbness, "false");
        Choose(cut, QuestionIds.CancerHistory, "true");

        var saved = JSInterop.Invocations["localStorage.setItem"];
        Assert.Equal(2, saved.Count);
        Assert.All(saved, call => Assert.Equal(DraftKey, call.Arguments[0]));
        var first = AnswerDraft.FromJson((string?)saved[0].Arguments[1]);
        var second = AnswerDraft.FromJson((string?)saved[1].Arguments[1]);
        Assert.Equal("false", first.Get(QuestionIds.SaddleNumbness));
        Assert.Equal("false", second.Get(QuestionIds.SaddleNumbness));
        Assert.Equal("true", second.Get(QuestionIds.CancerHistory));
    }

    [Fact]
    public void StoredDraftResumesAtItsStep()
    {
        SeedDraft(Draft(2, [.. SafetyAllNo(), (QuestionIds.ButtockPain, "true"), (QuestionIds.PainRadiatesThigh, "true"), (QuestionIds.PainBelowKnee, "false")]));

        var cut = RenderCheck();

        Assert.Equal("supporting", cut.Find("[data-step]").GetAttribute("data-step"));
        Assert.True(Radio(cut, QuestionIds.PainRadiatesThigh, "true").HasAttribute("checked"));
        Assert.True(Radio(cut, QuestionIds.PainBelowKnee, "false").HasAttribute("checked"));
    }

    [Fact]
    public void ChangeAnAnswerOpensTheStepOfThatQuestion()
    {
        SeedDraft(Draft(0, [.. SafetyAllNo(), (QuestionIds.PainNow, "3")]));
        Services.GetRequiredService<NavigationManager>().NavigateTo("check?q=painNow&from=results");

        var cut = RenderCheck();

        Assert.Equal("context", cut.Find("[data-step]").GetAttribute("data-step"));
        Assert.Equal("3", Question(cut, QuestionIds.PainNow).QuerySelector("input")?.GetAttribute("value"));
        Assert.Single(Buttons(cut, "Back to results"));
    }

    [Fact]
    public void ChangeAnAnswerMovesFocusToThatQuestion()
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo("check?q=painNow&from=results");

        var cut = RenderCheck();

        cut.WaitForAssertion(() => JSInterop.VerifyInvoke("piriformisRehab.focusQuestion"));
        Assert.Equal(QuestionIds.PainNow, JSInterop.Invocations["piriformisRehab.focusQuestion"].Single().Arguments[0]);
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
    public void StartAgainClearsTheDraft()
    {
        SeedDraft(Draft(1, [.. SafetyAllNo(), (QuestionIds.ButtockPain, "true")]));
        var cut = RenderCheck();
        Assert.Equal("core", cut.Find("[data-step]").GetAttribute("data-step"));

        Click(cut, "Start again");

        JSInterop.VerifyInvoke("localStorage.removeItem");
        Assert.Equal(DraftKey, JSInterop.Invocations["localStorage.removeItem"].Single().Arguments[0]);
        Assert.Equal("safety", cut.Find("[data-step]").GetAttribute("data-step"));
        Assert.Empty(cut.FindAll("input[type='radio'][checked]"));
    }

    [Fact]
    public void StartAgainFromTheResultsPageIgnoresTheStoredDraft()
    {
        SeedDraft(Draft(1, [.. SafetyAllNo(), (QuestionIds.ButtockPain, "true")]));
        Services.GetRequiredService<NavigationManager>().NavigateTo("check?restart=true");

        var cut = RenderCheck();

        JSInterop.VerifyInvoke("localStorage.removeItem");
        Assert.Equal("safety", cut.Find("[data-step]").GetAttribute("data-step"));
        Assert.Empty(cut.FindAll("input[type='radio'][checked]"));
    }

    [Fact]
    public async Task ReloadAfterStartingAgainFromTheResultsPageKeepsTheNewAnswers()
    {
        SeedDraft(Draft(1, (QuestionIds.ButtockPain, "true")));
        var navigation = Services.GetRequiredService<NavigationManager>();
        navigation.NavigateTo("check?restart=true");
        var before = RenderCheck();
        Choose(before, QuestionIds.SaddleNumbness, "false");
        var stored = (string?)JSInterop.Invocations["localStorage.setItem"][^1].Arguments[1];

        // A reload (or a new circuit after a dropped connection) opens the address bar's URL afresh
        // and reads back what the browser stored.
        await DisposeComponentsAsync();
        SeedDraft(AnswerDraft.FromJson(stored));
        navigation.NavigateTo(navigation.Uri);
        var after = RenderCheck();

        Assert.Equal("safety", after.Find("[data-step]").GetAttribute("data-step"));
        Assert.True(Radio(after, QuestionIds.SaddleNumbness, "false").HasAttribute("checked"));
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

    [Fact]
    public void BackToResultsAsksForMissingSafetyAnswers()
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo($"check?q={QuestionIds.PainNow}&from=results");
        SeedDraft(Draft(3, (QuestionIds.ButtockPain, "true")));
        var cut = RenderCheck();

        Click(cut, "Back to results");

        Assert.Equal("safety", cut.Find("[data-step]").GetAttribute("data-step"));
        Assert.Contains("Please answer yes or no.", Question(cut, QuestionIds.SaddleNumbness).TextContent, StringComparison.Ordinal);
        Assert.Empty(JSInterop.Invocations["piriformisRehab.submitForm"]);
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

    private IRenderedComponent<CheckPage> RenderCheck()
    {
        var cut = Render<CheckPage>();
        cut.WaitForState(() => cut.FindAll("[data-step], section.emergency").Count > 0);
        return cut;
    }

    private static List<string?> QuestionIdsShown(IRenderedComponent<CheckPage> cut) =>
        [.. cut.FindAll("[data-question-id]").Select(e => e.GetAttribute("data-question-id"))];

    private static IElement Question(IRenderedComponent<CheckPage> cut, string id) => cut.Find($"[data-question-id='{id}']");

    private static IElement Radio(IRenderedComponent<CheckPage> cut, string id, string value) => cut.Find($"#in-{id}-{value}");

    /// <summary>Picks a radio the way the browser reports it: a change event on that input.</summary>
    private static void Choose(IRenderedComponent<CheckPage> cut, string id, string value) => Radio(cut, id, value).Change(value);

    private static List<IElement> Buttons(IRenderedComponent<CheckPage> cut, string text) =>
        [.. cut.FindAll("button").Where(b => b.TextContent.Trim() == text)];

    private static void Click(IRenderedComponent<CheckPage> cut, string text) => Buttons(cut, text).Single().Click();
}
