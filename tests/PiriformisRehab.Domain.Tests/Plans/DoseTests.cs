using PiriformisRehab.Domain.Plans;

namespace PiriformisRehab.Domain.Tests.Plans;

/// <summary>Doses are structured in the seed and written one way everywhere (issue 12, item 5).</summary>
public sealed class DoseTests
{
    public static TheoryData<Dose, string> Doses => new()
    {
        { new Dose(new(1, 3), new(8, 12), null, "each side", new(2, 3), DosePeriod.Week), "1-3 sets of 8-12 repetitions each side, 2-3 days a week" },
        { new Dose(new(2, 4), null, new(15, 30), "each side", new(1, 2), DosePeriod.Day), "2-4 holds of 15-30 seconds each side, 1-2 times a day" },
        { new Dose(new(1, 1), new(10, 10), null, null, new(1, 1), DosePeriod.Day), "1 set of 10 repetitions, once a day" },
        { new Dose(new(1, 2), new(10, 10), null, null, new(2, 2), DosePeriod.Day), "1-2 sets of 10 repetitions, twice a day" },
        { new Dose(new(3, 3), new(5, 5), null, null, new(7, 7), DosePeriod.Week), "3 sets of 5 repetitions, every day" },
    };

    [Theory]
    [MemberData(nameof(Doses))]
    public void ADoseReadsAsSetsAmountWhereAndHowOften(Dose dose, string expected) =>
        Assert.Equal(expected, DoseText.Format(dose));

    [Fact]
    public void EveryExerciseHasAStructuredDoseWithHowOftenAndItsDosageIsThatDoseWritten()
    {
        Assert.All(ExerciseCatalog.Default.Categories.SelectMany(c => c.Exercises), e =>
        {
            Assert.True(e.Dose.Times.Min >= 1);
            Assert.True(e.Dose.Reps is null != (e.Dose.HoldSeconds is null), $"{e.Id}: reps or hold seconds, not both");
            Assert.StartsWith(DoseText.Format(e.Dose), e.Dosage, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void AProgrammeStartsAtTheFirstStageOfEachLadderThePlanUses()
    {
        var all = ExerciseCatalog.Default.Categories.SelectMany(c => c.Exercises).Select(e => e.Id);

        var first = ProgrammeStarts.FirstStages(all, ExerciseCatalog.Default);

        Assert.Equal(ExerciseCatalog.Default.Categories.Select(c => c.Exercises[0].Id), first);
    }

    [Fact]
    public void AProgrammeFromAPlanWithoutStageOneStartsAtItsLowestStage()
    {
        var first = ProgrammeStarts.FirstStages(["gluteBridge", "singleLegBridge"], ExerciseCatalog.Default);

        Assert.Equal(["gluteBridge"], first);
    }
}
