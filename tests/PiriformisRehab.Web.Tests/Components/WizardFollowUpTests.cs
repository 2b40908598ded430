using Bunit;
using PiriformisRehab.Domain.Questions;
using PiriformisRehab.Web.Tests.Infrastructure;

namespace PiriformisRehab.Web.Tests.Components;

/// <summary>The wizard's v1.1 questions: follow-ups shown only after a yes, and "Not sure" outside the safety screen.</summary>
public sealed class WizardFollowUpTests : WizardTestBase
{
    // v1.1 (spec 5.1): a follow-up appears only after a yes to its parent.
    [Fact]
    public void FollowUpAppearsOnlyAfterAYesToItsParent()
    {
        var cut = RenderCheck();
        Assert.DoesNotContain(QuestionIds.BothLegsLongStanding, QuestionIdsShown(cut));

        Choose(cut, QuestionIds.BothLegsSymptoms, "true");

        cut.WaitForAssertion(() => Assert.Contains(QuestionIds.BothLegsLongStanding, QuestionIdsShown(cut)));
    }

    // Both legs is an emergency only when not long-standing: the wizard waits for the follow-up before stopping.
    [Fact]
    public void BothLegsWaitsForItsFollowUpBeforeStopping()
    {
        var cut = RenderCheck();

        Choose(cut, QuestionIds.BothLegsSymptoms, "true");

        Assert.Empty(cut.FindAll("section.emergency"));
        Choose(cut, QuestionIds.BothLegsLongStanding, "false");
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("section.emergency[data-triage='emergency']")));
    }

    [Fact]
    public void BothLegsLongStandingDoesNotStopTheWizard()
    {
        var cut = RenderCheck();

        Choose(cut, QuestionIds.BothLegsSymptoms, "true");
        Choose(cut, QuestionIds.BothLegsLongStanding, "true");

        Assert.Empty(cut.FindAll("section.emergency"));
        Assert.Equal("safety", cut.Find("[data-step]").GetAttribute("data-step"));
    }

    // Safety questions take Yes or No; the others add "Not sure" (spec 5.2).
    [Fact]
    public void SafetyQuestionsOfferNoNotSure()
    {
        var cut = RenderCheck();

        Assert.Empty(cut.FindAll($"#in-{QuestionIds.SaddleNumbness}-{Answers.NotSureValue}"));
    }

    [Fact]
    public void CoreQuestionsOfferNotSureAndKeepIt()
    {
        SeedDraft(Draft(1, SafetyAllNo()));
        var cut = RenderCheck();

        Choose(cut, QuestionIds.ButtockPain, Answers.NotSureValue);

        Assert.True(Radio(cut, QuestionIds.ButtockPain, Answers.NotSureValue).HasAttribute("checked"));
    }
}
