using Bunit;
using PiriformisRehab.Web.Tests.Infrastructure;

namespace PiriformisRehab.Web.Tests.Components;

/// <summary>Results at a glance (issue 13 item 4): the fit as a bar and four signs, the timeline as its three phases, each beside its words.</summary>
public sealed class ResultsAtAGlanceTests : ResultViewTestBase
{
    [Theory]
    [InlineData(Scenario.SelfCare)]
    [InlineData(Scenario.Routine)]
    [InlineData(Scenario.Differentials)]
    public void TheFitBarIsAsLongAsThePointsAndSaysThemInWords(Scenario scenario)
    {
        var cut = RenderResult(scenario);

        var glance = cut.Find("[data-fit-glance]");
        var points = int.Parse(glance.GetAttribute("data-points")!, System.Globalization.CultureInfo.InvariantCulture);
        var fill = glance.QuerySelector(".fit-glance__fill");
        Assert.Equal(points == 0, fill is null);
        if (fill is not null)
        {
            Assert.Equal(Math.Max(points - 1, 0.5), double.Parse(fill.GetAttribute("width")!, System.Globalization.CultureInfo.InvariantCulture), 6);
        }

        Assert.Contains($"{points} out of 100", glance.TextContent, StringComparison.Ordinal);
        Assert.Contains($"{points} points out of 100", cut.Find(".likelihood__score").TextContent, StringComparison.Ordinal);
        Assert.NotNull(cut.Find("[data-likelihood-band]"));
    }

    [Theory]
    [InlineData(Scenario.SelfCare)]
    [InlineData(Scenario.Routine)]
    public void TheSignBoxesFillOnePerMainSignAndSayHowMany(Scenario scenario)
    {
        var cut = RenderResult(scenario);

        var signs = cut.Find(".likelihood__score").GetAttribute("data-core-signs");
        var glance = cut.Find("[data-fit-glance]");
        Assert.Equal(signs, glance.GetAttribute("data-core-signs"));
        Assert.Equal(4, glance.QuerySelectorAll(".fit-glance__sign").Length);
        Assert.Equal(int.Parse(signs!, System.Globalization.CultureInfo.InvariantCulture), glance.QuerySelectorAll(".fit-glance__sign--on").Length);
        Assert.Contains($"{signs} of the 4 main signs", glance.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("chance", glance.TextContent, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void ThePicturesAreHiddenBesideTheirWords()
    {
        var cut = RenderResult(Scenario.SelfCare);

        Assert.All(cut.FindAll("[data-fit-glance] svg, [data-phase-strip]"), e => Assert.Equal("true", e.GetAttribute("aria-hidden")));
    }

    [Fact]
    public void ThePhaseStripShowsTheListsThreePhasesInItsOrder()
    {
        var cut = RenderResult(Scenario.SelfCare);

        var strip = cut.FindAll("[data-strip-phase]").Select(g => g.GetAttribute("data-strip-phase"));
        var list = cut.FindAll("[data-phases] [data-phase]").Select(li => li.GetAttribute("data-phase"));
        Assert.Equal(list, strip);
        Assert.Equal(["settle", "rebuild", "return"], strip);
        Assert.Equal(["1. Settle", "2. Rebuild", "3. Return to running"], cut.FindAll("[data-strip-phase]").Select(g => string.Join(' ', g.QuerySelectorAll("text").Select(t => t.TextContent))));
    }

    [Fact]
    public void ThePhaseStripGivesTheRoughRecoveryTime()
    {
        var cut = RenderResult(Scenario.Severe);

        var weeks = cut.Find(".phase-strip__weeks").TextContent;
        Assert.Matches(@"^About \d+ to \d+ weeks in all$", weeks);
        Assert.Contains(weeks.Replace(" in all", "", StringComparison.Ordinal), cut.Find(".facts").TextContent, StringComparison.Ordinal);
    }
}
