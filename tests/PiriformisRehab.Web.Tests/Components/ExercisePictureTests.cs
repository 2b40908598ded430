using Bunit;
using PiriformisRehab.Web.Components.SelfCheck;
using PiriformisRehab.Web.Tests.Infrastructure;

namespace PiriformisRehab.Web.Tests.Components;

/// <summary>The exercise figure as the results (and so the saved result and its print) show it.</summary>
public sealed class ExercisePictureTests : ResultViewTestBase
{
    [Fact]
    public void EveryExerciseCardOfThePlanShowsItsOwnFigure()
    {
        var cut = RenderResult(Scenario.SelfCare);

        var cards = cut.FindAll("article.exercise");
        Assert.NotEmpty(cards);
        Assert.All(cards, card => Assert.Equal(card.GetAttribute("data-exercise"), card.QuerySelector("figure.exercise-figure")?.GetAttribute("data-figure")));
    }

    [Theory]
    [InlineData("supineFigure4Stretch", true)]
    [InlineData("gluteBridge", false)]
    public void TheCaptionNamesTheSoreLegOnlyWhereTheStepsHaveOne(string exerciseId, bool captioned)
    {
        var cut = Render<ExercisePicture>(p => p.Add(c => c.ExerciseId, exerciseId).Add(c => c.Name, "Name"));

        Assert.Equal(captioned, cut.FindAll("figcaption").Any(c => c.TextContent == "The darkest leg is your sore side."));
    }

    [Fact]
    public void TheMovingFigureAndBothStillsCarryTheirPositionsInWords()
    {
        var cut = Render<ExercisePicture>(p => p.Add(c => c.ExerciseId, "seatedSciaticSlider").Add(c => c.Name, "Seated nerve slider"));

        var labels = cut.FindAll("svg[role=img]").Select(s => s.GetAttribute("aria-label")!).ToList();
        Assert.Equal(3, labels.Count);
        Assert.StartsWith("Seated nerve slider, moving between two positions. Start: ", labels[0], StringComparison.Ordinal);
        Assert.StartsWith("Start: ", labels[1], StringComparison.Ordinal);
        Assert.StartsWith("End: ", labels[2], StringComparison.Ordinal);
    }

    [Fact]
    public void AnExerciseWithoutAFigureRendersNothing()
    {
        var cut = Render<ExercisePicture>(p => p.Add(c => c.ExerciseId, "notAnExercise").Add(c => c.Name, "Name"));

        Assert.Empty(cut.Markup.Trim());
    }
}
