using AngleSharp.Dom;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using PiriformisRehab.Domain;
using PiriformisRehab.Domain.Questions;
using PiriformisRehab.Domain.Rules;
using PiriformisRehab.Web.Tests.Infrastructure;

namespace PiriformisRehab.Web.Tests.Components;

/// <summary>The results view, rendered from a real engine result for a given set of answers.</summary>
public sealed class ResultViewTests : ResultViewTestBase
{
    [Theory]
    [InlineData(Scenario.SelfCare, "selfCare", "high")]
    [InlineData(Scenario.Routine, "routine", "low")]
    [InlineData(Scenario.Urgent, "urgent", "high")]
    [InlineData(Scenario.Emergency, "emergency", "moderate")]
    public void RootCarriesTheTriageAndLikelihoodBandContractValues(Scenario scenario, string triage, string band)
    {
        var cut = RenderResult(scenario);

        var root = cut.Find("article.result");
        Assert.Equal(triage, root.GetAttribute("data-triage"));
        Assert.Equal(band, root.GetAttribute("data-likelihood-band"));
    }

    // Skipped questions never read as "all clear" (spec 5.2): the open causes are listed and the reassurance is not said.
    [Fact]
    public void SkippedQuestionsListCausesNotRuledOutInsteadOfReassuring()
    {
        var (result, draft) = Evaluate(Scenario.SelfCare);
        var cut = RenderResult(result, draft);

        Assert.NotEmpty(result.NotRuledOut);
        Assert.Equal(result.NotRuledOut.Select(n => Domain.Plans.ContractNames.Of(n.Id)), cut.FindAll("[data-not-ruled-out-id]").Select(li => li.GetAttribute("data-not-ruled-out-id")));
        Assert.DoesNotContain(AnswerGapRules.NothingElse, cut.Find(".differentials").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void NotRuledOutSaysTheResultsOwnSentenceAndWhichAnswersLeftItOpen()
    {
        var (result, draft) = Evaluate(Scenario.SelfCare);
        var cut = RenderResult(result, draft);

        var open = cut.Find("[data-not-ruled-out]");
        Assert.Contains(result.OtherCauses!, open.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Result.OtherCauses", cut.Markup, StringComparison.Ordinal);
        var first = result.NotRuledOut[0];
        Assert.Contains(Catalog.Find(first.QuestionIds[0])!.Text.TrimEnd('?'), open.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void SummaryComesFirstWithThreeNextActionsAndTheSaveSlotBeforeTheDetail()
    {
        var (result, draft) = Evaluate(Scenario.SelfCare);
        var cut = Render<PiriformisRehab.Web.Components.SelfCheck.ResultView>(p => p
            .Add(c => c.Result, result)
            .Add(c => c.Draft, draft)
            .Add(c => c.Extra, (Microsoft.AspNetCore.Components.RenderFragment)(b => b.AddMarkupContent(0, "<section data-save-slot></section>"))));

        Assert.Equal(3, cut.FindAll("[data-next-steps] li").Count);
        var markup = cut.Markup;
        Assert.True(markup.IndexOf("data-result-summary", StringComparison.Ordinal) < markup.IndexOf("data-save-slot", StringComparison.Ordinal));
        Assert.True(markup.IndexOf("data-save-slot", StringComparison.Ordinal) < markup.IndexOf("class=\"likelihood\"", StringComparison.Ordinal));
        Assert.NotNull(cut.Find("details.reasons-details [data-reason]"));
    }

    [Theory]
    [InlineData(Scenario.SelfCare, true)]
    [InlineData(Scenario.Urgent, true)]
    [InlineData(Scenario.Emergency, false)]
    public void SafetyNetIsShownOnEveryResultButAnEmergency(Scenario scenario, bool shown)
    {
        var cut = RenderResult(scenario);

        Assert.Equal(shown ? 6 : 0, cut.FindAll("[data-safety-net] li").Count);
    }

    [Fact]
    public void UrgentRevealAsksForADoctorsExamination()
    {
        var cut = RenderResult(Scenario.Urgent);

        Assert.Equal(Domain.Plans.PlanBuilder.ClearanceStatement, cut.Find("label[for='clinician-cleared']").TextContent.Trim());
    }

    [Fact]
    public void ReasonsSayWhichAnswerAddedHowManyPointsAndTheSource()
    {
        var (result, draft) = Evaluate(Scenario.SelfCare);
        var cut = RenderResult(result, draft);

        var reasons = cut.FindAll(".likelihood .reasons:not(.reasons--against) > li");
        Assert.Equal(result.Likelihood.Reasons.Where(r => r.Points > 0).Select(r => r.QuestionId), reasons.Select(r => r.GetAttribute("data-reason")));
        var buttock = result.Likelihood.Reasons.Single(r => r.QuestionId == QuestionIds.ButtockPain);
        var text = Normalise(cut.Find($".likelihood li[data-reason='{QuestionIds.ButtockPain}']").TextContent);
        Assert.StartsWith("Because you answered yes to “Do you have pain in one buttock”: +20.", text);
        Assert.Contains(buttock.Text, text);
        Assert.Contains($"Source: {buttock.Source}", text);
    }

    [Fact]
    public void AnswersThatArguedAgainstAreListedSeparately()
    {
        var (result, draft) = Evaluate(Scenario.Differentials);
        var cut = RenderResult(result, draft);

        var against = cut.FindAll(".likelihood .reasons--against > li");
        Assert.Equal([QuestionIds.BackPainDominant, QuestionIds.SittingBonePain], against.Select(li => li.GetAttribute("data-reason")));
        Assert.Contains("-15", against[0].TextContent);
        Assert.Contains("-10", against[1].TextContent);
        Assert.Contains("Answers that argued against", cut.Find(".likelihood").TextContent);
        var inFavour = cut.FindAll(".likelihood .reasons:not(.reasons--against) > li").Select(li => li.GetAttribute("data-reason")).ToList();
        Assert.Equal([QuestionIds.ButtockPain, QuestionIds.WorseSitting], inFavour);
    }

    [Fact]
    public void DifferentialsShowTheirStrengthAndReasons()
    {
        var (result, draft) = Evaluate(Scenario.Differentials);
        var cut = RenderResult(result, draft);

        var shown = cut.FindAll(".differential");
        Assert.Equal(result.Differentials.Count, shown.Count);
        var hamstring = cut.Find("[data-differential='proximalHamstring']");
        Assert.Equal("likely", hamstring.GetAttribute("data-strength"));
        Assert.Equal("likely", hamstring.QuerySelector(".strength")?.TextContent);
        var lumbar = cut.Find("[data-differential='lumbarRadicular']");
        Assert.Equal("possible", lumbar.GetAttribute("data-strength"));
        Assert.Equal("possible", lumbar.QuerySelector(".strength")?.TextContent);
        var expected = result.Differentials.Single(d => d.Id == DifferentialId.LumbarRadicular).Reasons;
        Assert.Equal(expected, lumbar.QuerySelectorAll("ul > li").Select(li => li.TextContent));
    }

    [Fact]
    public void EmergencyResultShowsOnlyTheActionCallLinkFlagsMistakeLinkAndDisclaimer()
    {
        var (result, draft) = Evaluate(Scenario.Emergency);
        var cut = RenderResult(result, draft);

        // Spec 5.9: no score, differentials, timeline, sitting tips, plan or "after 6 weeks" advice.
        Assert.Equal("tel:999", cut.Find("a[data-call]").GetAttribute("href"));
        Assert.Contains("I answered by mistake", cut.Markup, StringComparison.Ordinal);
        Assert.NotEmpty(cut.FindAll("[data-flag]"));
        foreach (var absent in new[] { ".likelihood", ".differentials", ".condition", "section.plan", ".answers", "[data-safety-net]", "[data-next-steps]" })
        {
            Assert.Empty(cut.FindAll(absent));
        }

        Assert.DoesNotContain("6 weeks", cut.Markup, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Scenario.Urgent)]
    public void RedFlagsWithholdThePlanAndSayWhy(Scenario scenario)
    {
        var (result, draft) = Evaluate(scenario);
        var cut = RenderResult(result, draft);

        var plan = cut.Find("section.plan");
        Assert.Equal("true", plan.GetAttribute("data-plan-withheld"));
        Assert.False(string.IsNullOrWhiteSpace(result.Plan.WithheldReason));
        Assert.Contains(result.Plan.WithheldReason!, plan.TextContent);
        Assert.Empty(cut.FindAll(".exercise"));
        Assert.Empty(cut.FindAll("[data-category]"));
    }

    [Fact]
    public void UrgentOffersTheClinicianClearedConfirmation()
    {
        var (result, draft) = Evaluate(Scenario.Urgent);
        var cut = RenderResult(result, draft);

        var form = cut.Find("section.plan form.reveal");
        Assert.Equal("post", form.GetAttribute("method"));
        Assert.Equal("check/results", form.GetAttribute("action"));
        var box = form.QuerySelector("input#clinician-cleared");
        Assert.NotNull(box);
        Assert.Equal("checkbox", box.GetAttribute("type"));
        Assert.Equal("clinicianCleared", box.GetAttribute("name"));
        Assert.True(box.HasAttribute("required"));
        Assert.NotNull(form.QuerySelector("label[for='clinician-cleared']"));
        Assert.Equal("results", form.QuerySelector("input[name='_handler']")?.GetAttribute("value"));
        Assert.Equal(draft.ToJson(), form.QuerySelector("input[name='answers']")?.GetAttribute("value"));
    }

    [Fact]
    public void EmergencyDoesNotOfferTheClinicianClearedConfirmation()
    {
        var cut = RenderResult(Scenario.Emergency);

        Assert.Empty(cut.FindAll("form.reveal"));
        Assert.Empty(cut.FindAll("#clinician-cleared"));
    }

    [Fact]
    public void SelfCareShowsTheFourPartsOfThePlanInOrder()
    {
        var cut = RenderResult(Scenario.SelfCare);

        Assert.Equal("false", cut.Find("section.plan").GetAttribute("data-plan-withheld"));
        var categories = cut.FindAll("section.plan [data-category]");
        Assert.Equal(["softTissue", "hipMobility", "gluteActivation", "neuralMobility"], categories.Select(c => c.GetAttribute("data-category")));
        Assert.All(categories, c => Assert.NotEmpty(c.QuerySelectorAll(".exercise")));
    }

    [Fact]
    public void SevereSymptomsLeaveOutNeuralMobility()
    {
        var (result, draft) = Evaluate(Scenario.Severe);
        Assert.Equal(Severity.Severe, result.Severity);
        var cut = RenderResult(result, draft);

        var categories = cut.FindAll("section.plan [data-category]").Select(c => c.GetAttribute("data-category"));
        Assert.Equal(["softTissue", "hipMobility", "gluteActivation"], categories);
    }

    [Theory]
    [InlineData(Scenario.SelfCare)]
    [InlineData(Scenario.Routine)]
    [InlineData(Scenario.Urgent)]
    [InlineData(Scenario.Emergency)]
    public void DisclaimerIsAlwaysVisible(Scenario scenario)
    {
        var cut = RenderResult(scenario);

        var disclaimer = cut.Find(".disclaimer");
        Assert.Contains(AssessmentEngine.NotADiagnosis, disclaimer.TextContent);
        for (IElement? e = disclaimer; e is not null; e = e.ParentElement)
        {
            Assert.False(e.HasAttribute("hidden"));
            Assert.False(e.ClassList.Contains("no-print"));
        }
    }

    [Fact]
    public void EveryGivenAnswerIsListedWithAChangeLink()
    {
        var (result, draft) = Evaluate(Scenario.SelfCare);
        var cut = RenderResult(result, draft);

        var items = cut.FindAll(".answers [data-answer]");
        var expected = Catalog.Questions.Select(q => q.Id).Where(id => draft.Get(id) is not null).ToList();
        Assert.Equal(expected, items.Select(i => i.GetAttribute("data-answer")));
        Assert.All(items, item =>
        {
            var link = item.QuerySelector("a.change-link");
            Assert.NotNull(link);
            Assert.Equal($"check?q={item.GetAttribute("data-answer")}&from=results", link.GetAttribute("href"));
            Assert.Contains("Change", link.TextContent, StringComparison.Ordinal);
        });
    }
}
