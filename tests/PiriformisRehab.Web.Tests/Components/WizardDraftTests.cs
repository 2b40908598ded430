using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using PiriformisRehab.Domain.Questions;
using PiriformisRehab.Web.Features.SelfCheck;
using PiriformisRehab.Web.Tests.Infrastructure;

namespace PiriformisRehab.Web.Tests.Components;

/// <summary>The wizard's draft as a runner meets it: kept after every answer, resumed, changed from the results, started again.</summary>
public sealed class WizardDraftTests : WizardTestBase
{
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
}
