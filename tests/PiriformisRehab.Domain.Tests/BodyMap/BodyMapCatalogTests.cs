using System.Text.Json;
using PiriformisRehab.Domain.BodyMap;
using PiriformisRehab.Domain.Questions;
using PiriformisRehab.Domain.Seeds;
using Q = PiriformisRehab.Domain.Questions.QuestionIds;

namespace PiriformisRehab.Domain.Tests.BodyMap;

/// <summary>
/// The body map's regions against the questions they answer (hazard H19: a place mapped to the
/// wrong question, or a question with a place that is not on the map).
/// </summary>
public sealed class BodyMapCatalogTests
{
    private static BodyMapCatalog Map => BodyMapCatalog.Default;

    private static QuestionCatalog Questions => QuestionCatalog.Default;

    /// <summary>Issue 13's places, the one question each answers, and the view it is drawn in (or null: no question).</summary>
    public static TheoryData<string, string?, string> Places => new()
    {
        { "buttock", Q.ButtockPain, "back" },
        { "deep-point", Q.SciaticNotchTenderness, "back" },
        { "sitting-bone", Q.SittingBonePain, "back" },
        { "outer-hip", Q.OuterHipPain, "back front" },
        { "groin", Q.GroinPainDeepFlexion, "front" },
        { "back-of-thigh", Q.PainRadiatesThigh, "back" },
        { "front-of-thigh", Q.FrontThighPain, "front" },
        { "below-knee", Q.PainBelowKnee, "back front" },
        { "low-back", null, "back" },
        { "dimple", Q.PelvicDimplePain, "back" },
    };

    [Theory]
    [MemberData(nameof(Places))]
    public void EachPlaceAnswersExactlyItsOwnQuestion(string regionId, string? questionId, string views)
    {
        var region = Map.Regions.Single(r => r.Id == regionId);

        Assert.Equal(questionId is null ? [] : [questionId], region.QuestionIds);
        Assert.Equal(views, string.Join(' ', region.Shapes.Select(s => s.View.ToString().ToLowerInvariant()).Distinct()));
    }

    [Fact]
    public void TheMapHasExactlyTheIssuesTenPlaces() =>
        Assert.Equal(Places.Select(p => (string)p.Data.Item1).Order(), Map.Regions.Select(r => r.Id).Order());

    [Fact]
    public void APlaceWithNoQuestionSaysWhyAndIsNoToggle()
    {
        Assert.All(Map.Regions.Where(r => r.QuestionIds.Count == 0), r =>
        {
            Assert.False(r.IsToggle);
            Assert.False(string.IsNullOrWhiteSpace(r.NoQuestion));
        });
        Assert.DoesNotContain(Questions.Pages.SelectMany(p => Map.RegionsFor(p.QuestionIds)), r => !r.IsToggle);
    }

    [Fact]
    public void EveryMappedQuestionIsAYesNoQuestionOutsideTheSafetyScreen() =>
        Assert.All(Map.Regions.SelectMany(r => r.QuestionIds), id =>
        {
            var question = Questions.Find(id);
            Assert.NotNull(question);
            Assert.Equal(QuestionType.Bool, question.Type);
            Assert.NotEqual("safety", question.Section);
            Assert.Null(question.Parent);
        });

    [Fact]
    public void EveryToggleIsOnThePageThatAsksItsQuestions()
    {
        var shown = Questions.Pages.SelectMany(p => Map.RegionsFor(p.QuestionIds).Select(r => (Page: p, Region: r))).ToList();

        Assert.Equal(Map.Regions.Where(r => r.IsToggle).Select(r => r.Id).Order(), shown.Select(s => s.Region.Id).Order());
        Assert.All(shown, s => Assert.All(s.Region.QuestionIds, id => Assert.Contains(id, s.Page.QuestionIds)));
    }

    [Fact]
    public void TheFirstPagesOfTheCheckHaveNoMap() =>
        Assert.All(Questions.Pages.Where(p => p.Section == "safety"), p => Assert.Empty(Map.RegionsFor(p.QuestionIds)));

    /// <summary>Words that name a place on the body; a question using one must be on the map or say why not.</summary>
    public static TheoryData<string> PlaceWords => ["buttock", "thigh", "knee", "hip", "groin", "lower back", "low back", "back of", "back passage", "spine", "pelvis", "sitting bone", "between your legs", "genitals", "legs", "calf", "foot"];

    [Theory]
    [MemberData(nameof(PlaceWords))]
    public void EveryQuestionNamingAPlaceHasARegionOrADocumentedReason(string word)
    {
        var mapped = Map.Regions.SelectMany(r => r.QuestionIds).ToHashSet();
        var naming = Questions.Questions.Where(q => q.Text.Contains(word, StringComparison.OrdinalIgnoreCase)).ToList();

        Assert.All(naming, q => Assert.True(mapped.Contains(q.Id) || Map.Unmapped.ContainsKey(q.Id), $"'{q.Id}' names '{word}' but is neither on the body map nor in its 'unmapped' list."));
    }

    [Fact]
    public void EveryShapeAndTheOutlineLieInTheLeftHalfOfThePicture()
    {
        Assert.All(Map.Outline, p => Assert.InRange(p.X, 0, Map.Width / 2));
        Assert.All(Map.Regions.SelectMany(r => r.Shapes).SelectMany(s => s.Extremes()), p =>
        {
            Assert.InRange(p.X, 0, Map.Width / 2);
            Assert.InRange(p.Y, 0, Map.Height);
        });
    }

    [Theory]
    [InlineData("saddleNumbness", "may only answer")]
    [InlineData("worseSittingX", "is not a question")]
    [InlineData("perinealPainSitting", "may only answer")]
    public void TheLoaderRefusesARegionAnsweringAQuestionItMayNot(string questionId, string message)
    {
        var seed = Seed();
        seed.Regions[0] = seed.Regions[0] with { Questions = [questionId] };

        var error = Assert.Throws<InvalidDataException>(() => BodyMapCatalog.Load(seed, Questions));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheLoaderRefusesAPlaceWithNoQuestionAndNoReason()
    {
        var seed = Seed();
        seed.Regions[0] = seed.Regions[0] with { Questions = [], NoQuestion = null };

        Assert.Throws<InvalidDataException>(() => BodyMapCatalog.Load(seed, Questions));
    }

    [Fact]
    public void TheLoaderRefusesTwoPlacesAnsweringOneQuestion()
    {
        var seed = Seed();
        seed.Regions[1] = seed.Regions[1] with { Questions = seed.Regions[0].Questions };

        Assert.Throws<InvalidDataException>(() => BodyMapCatalog.Load(seed, Questions));
    }

    [Fact]
    public void TheLoaderRefusesAShapeOutsideThePicture()
    {
        var seed = Seed();
        seed.Regions[0] = seed.Regions[0] with { Shapes = [new ShapeSeed("back", null, [70, 140, 5, 5])] };

        Assert.Throws<InvalidDataException>(() => BodyMapCatalog.Load(seed, Questions));
    }

    private static BodyMapSeed Seed() => JsonSerializer.Deserialize<BodyMapSeed>(SeedResource.ReadBytes("body-map.json"), SeedResource.Json)!;
}
