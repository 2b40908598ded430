using PiriformisRehab.Domain.Plans;
using PiriformisRehab.Domain.Sessions;

namespace PiriformisRehab.Domain.Tests.Sessions;

/// <summary>
/// The follow-along session counts to the dose's own numbers (hazard H20): a hold never shorter
/// than the plan's, sets and repetitions the ends of the plan's ranges, both sides when it says so.
/// </summary>
public sealed class SessionTargetsTests
{
    public static TheoryData<string> ExerciseIds =>
        [.. ExerciseCatalog.Default.Categories.SelectMany(c => c.Exercises).Select(e => e.Id)];

    [Theory]
    [MemberData(nameof(ExerciseIds))]
    public void TheLowLevelCountsTheLowEndOfEveryRangeAndTheHighLevelTheTop(string exerciseId)
    {
        var dose = ExerciseCatalog.Default.Find(exerciseId)!.Dose;

        var low = SessionTargets.At(dose, DoseLevel.Low);
        var high = SessionTargets.At(dose, DoseLevel.High);

        Assert.Equal((dose.Sets.Min, dose.Reps?.Min, dose.HoldSeconds?.Min), (low.Sets, low.Reps, low.HoldSeconds));
        Assert.Equal((dose.Sets.Max, dose.Reps?.Max, dose.HoldSeconds?.Max), (high.Sets, high.Reps, high.HoldSeconds));
    }

    [Theory]
    [MemberData(nameof(ExerciseIds))]
    public void AHoldIsNeverShorterThanThePlansShortestHold(string exerciseId)
    {
        var dose = ExerciseCatalog.Default.Find(exerciseId)!.Dose;

        foreach (var level in Enum.GetValues<DoseLevel>())
        {
            var step = SessionTargets.At(dose, level);
            Assert.Equal(dose.HoldSeconds is null, step.HoldSeconds is null);
            Assert.Equal(dose.Reps is null, step.Reps is null);
            if (dose.HoldSeconds is { } hold)
            {
                Assert.InRange(step.HoldSeconds!.Value, hold.Min, hold.Max);
            }
        }
    }

    [Theory]
    [InlineData("each side", 2)]
    [InlineData("on each tender area", 1)]
    [InlineData(null, 1)]
    public void EverySetIsDoneOnBothSidesExactlyWhenTheDoseSaysEachSide(string? where, int sides)
    {
        var dose = new Dose(new DoseRange(2, 4), new DoseRange(8, 12), null, where, new DoseRange(1, 1), DosePeriod.Day);

        var step = SessionTargets.At(dose, DoseLevel.Low);

        Assert.Equal(sides, step.Sides);
        Assert.Equal(2 * sides, step.Rounds);
    }

    [Fact]
    public void EveryWhereInTheSeedIsOneTheSessionKnows()
    {
        var wheres = ExerciseCatalog.Default.Categories.SelectMany(c => c.Exercises).Select(e => e.Dose.Where).Distinct();

        Assert.All(wheres, w => Assert.Contains(w, new[] { null, SessionTargets.EachSide, "on each tender area" }));
    }
}
