using PiriformisRehab.Domain.Figures;
using PiriformisRehab.Domain.Plans;

namespace PiriformisRehab.Domain.Tests.Figures;

public sealed class BodyModelTests
{
    private static Pose Standing(double trunk = 90) =>
        new("standing", new FigurePoint(100, 78), trunk, 90, [-90, -90], [-90, -90], [-90, -90, 0], [-90, -90, 0]);

    [Fact]
    public void AnUprightTrunkPutsTheShouldersStraightAboveThePelvis()
    {
        var trunk = BodyModel.Solve(Standing()).Chains[Chain.Trunk];

        Assert.Equal(100, trunk[1].X, 6);
        Assert.Equal(78 + BodyModel.TrunkLength, trunk[1].Y, 6);
    }

    [Fact]
    public void StraightLegsPointingDownEndTheirLengthBelowTheHip()
    {
        var leg = BodyModel.Solve(Standing()).Chains[Chain.NearLeg];

        Assert.Equal(78 - BodyModel.ThighLength - BodyModel.ShinLength, leg[2].Y, 6);
        Assert.Equal(100 + BodyModel.FootLength, leg[3].X, 6);
    }

    [Fact]
    public void HalfwayBetweenTwoAnglesTurnsTheShortWayRound()
    {
        var from = Standing(170);
        var to = Standing(-170);

        var halfway = BodyModel.Between(from, to, 0.5);

        Assert.Equal(180, halfway.Trunk, 6);
    }

    [Fact]
    public void AFigureForAnExerciseThatIsNotInTheCatalogueIsRejected()
    {
        var pose = new PoseSeed("x", [100, 10], 180, 180, [0, 0], [0, 0], [0, 0, 0], [0, 0, 0]);
        var seed = new FiguresSeed(new() { ["notAnExercise"] = new FigureSeed(null, null, null, null, pose, pose) });

        var error = Assert.Throws<InvalidDataException>(() => FigureCatalog.Load(seed, ExerciseCatalog.Default));
        Assert.Contains("notAnExercise", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void APoseWithAMissingLimbIsRejected()
    {
        var pose = new PoseSeed("x", [100, 10], 180, 180, [0, 0], [0, 0], [0, 0], [0, 0, 0]);
        var seed = new FiguresSeed(new() { ["clamshell"] = new FigureSeed(null, null, null, null, pose, pose) });

        Assert.Throws<InvalidDataException>(() => FigureCatalog.Load(seed, ExerciseCatalog.Default));
    }
}
