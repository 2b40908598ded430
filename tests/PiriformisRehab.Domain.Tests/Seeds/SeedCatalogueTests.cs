using PiriformisRehab.Domain.Plans;
using PiriformisRehab.Domain.Questions;

namespace PiriformisRehab.Domain.Tests.Seeds;

public sealed class SeedCatalogueTests
{
    [Fact]
    public void QuestionSeedHoldsEveryContractQuestionInAskingOrder()
    {
        var catalog = QuestionCatalog.Default;

        Assert.Equal(35, catalog.Questions.Count);
        Assert.Equal(QuestionIds.SaddleNumbness, catalog.Questions[0].Id);
        Assert.Equal(QuestionIds.Age, catalog.Questions[^1].Id);
    }

    [Fact]
    public void ExerciseSeedHasAtLeastThreeExercisesInEachCategory()
    {
        var catalog = ExerciseCatalog.Default;

        Assert.Equal(4, catalog.Categories.Count);
        Assert.All(catalog.Categories, c => Assert.True(c.Exercises.Count >= 3, c.Id.ToString()));
    }
}
