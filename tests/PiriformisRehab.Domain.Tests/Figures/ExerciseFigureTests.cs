using PiriformisRehab.Domain.Figures;
using PiriformisRehab.Domain.Plans;

namespace PiriformisRehab.Domain.Tests.Figures;

/// <summary>
/// Every exercise's figure, rendered and read back: well-formed (inside the picture, limbs that
/// keep their length), moving (start differs from end), its own (no shared pose), and marking
/// the sore leg exactly when the steps speak of a sore side.
/// </summary>
public sealed class ExerciseFigureTests
{
    private static readonly string[] LimbChains = ["FarLeg", "FarArm", "NearLeg", "NearArm", "Trunk"];

    public static TheoryData<string> ExerciseIds =>
        [.. ExerciseCatalog.Default.Categories.SelectMany(c => c.Exercises).Select(e => e.Id)];

    private static ExerciseFigure FigureOf(string id) =>
        FigureCatalog.Default.Find(id) ?? throw new Xunit.Sdk.XunitException($"seeds/exercise-figures.json has no figure for '{id}'.");

    private static IEnumerable<RenderedFigure> Drawings(ExerciseFigure figure) =>
    [
        RenderedFigure.Parse(FigureSvg.Motion(figure, "motion")),
        RenderedFigure.Parse(FigureSvg.Still(figure, figure.Start, "start")),
        RenderedFigure.Parse(FigureSvg.Still(figure, figure.End, "end")),
    ];

    [Theory]
    [MemberData(nameof(ExerciseIds))]
    public void EveryExerciseInTheSeedHasAFigure(string id) => Assert.NotNull(FigureCatalog.Default.Find(id));

    [Theory]
    [MemberData(nameof(ExerciseIds))]
    public void EveryJointAndHeadStaysInsideThePictureAndAboveTheFloorInEveryFrame(string id)
    {
        var figure = FigureOf(id);
        foreach (var drawing in Drawings(figure))
        {
            // Limbs are drawn 6 to 9 units thick with round ends: keep their centre lines 3 in,
            // and no joint more than a unit through the floor line.
            var floor = drawing.Height - ExerciseFigure.FloorInset;
            var outside = drawing.AllPathPoints().Where(p => p.X < 0 || p.X > drawing.Width || p.Y < 0 || p.Y > drawing.Height).ToList();
            var bodyOutside = LimbChains.SelectMany(drawing.Frames).SelectMany(f => f)
                .Where(p => p.X < 3 || p.X > drawing.Width - 3 || p.Y < 3 || p.Y > floor + 1).ToList();
            var circlesOutside = drawing.Circles().Where(c => c.X - c.R < 0 || c.X + c.R > drawing.Width || c.Y - c.R < 0 || c.Y + c.R > drawing.Height).ToList();
            Assert.True(outside.Count + bodyOutside.Count + circlesOutside.Count == 0,
                $"{id} ({drawing.Label}): {string.Join(", ", outside.Concat(bodyOutside).Concat(circlesOutside.Select(c => (c.X, c.Y))))} outside 0 0 {drawing.Width} {drawing.Height}");
        }
    }

    [Theory]
    [MemberData(nameof(ExerciseIds))]
    public void NoLimbChangesLengthBetweenPositionsOrFrames(string id)
    {
        var figure = FigureOf(id);
        foreach (var chain in LimbChains)
        {
            var expected = BodyModel.SegmentLengths(Enum.Parse<Chain>(chain));
            var frames = Drawings(figure).SelectMany(d => d.Frames(chain)).ToList();
            foreach (var joints in frames)
            {
                var lengths = joints.Zip(joints.Skip(1), (a, b) => Math.Sqrt(((a.X - b.X) * (a.X - b.X)) + ((a.Y - b.Y) * (a.Y - b.Y)))).ToList();
                for (var i = 0; i < lengths.Count; i++)
                {
                    // Coordinates are written to 0.1 units: two rounded ends move a length by at most 0.15.
                    Assert.True(Math.Abs(lengths[i] - expected[i]) <= 0.15, $"{id} {chain} segment {i}: {lengths[i]:0.00} drawn, {expected[i]} in the body model");
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(ExerciseIds))]
    public void TheEndPositionIsDrawnDifferentlyFromTheStart(string id)
    {
        var figure = FigureOf(id);
        var start = RenderedFigure.Parse(FigureSvg.Still(figure, figure.Start, "start"));
        var end = RenderedFigure.Parse(FigureSvg.Still(figure, figure.End, "end"));

        var moved = LimbChains.Sum(chain => start.Frames(chain)[0].Zip(end.Frames(chain)[0], (a, b) => Math.Abs(a.X - b.X) + Math.Abs(a.Y - b.Y)).Sum());
        Assert.True(moved > 10, $"{id}: the joints move {moved:0.0} units in total between start and end");
    }

    [Theory]
    [MemberData(nameof(ExerciseIds))]
    public void TheMovingFigureAnimatesAndStartsAndTurnsAtTheTwoPositions(string id)
    {
        var figure = FigureOf(id);
        var motion = RenderedFigure.Parse(FigureSvg.Motion(figure, "motion"));
        var start = RenderedFigure.Parse(FigureSvg.Still(figure, figure.Start, "start"));
        var end = RenderedFigure.Parse(FigureSvg.Still(figure, figure.End, "end"));

        Assert.NotEmpty(motion.Svg.Descendants("animate"));
        foreach (var chain in LimbChains)
        {
            var frames = motion.Frames(chain);
            Assert.Equal(start.Frames(chain)[0], frames[0]);
            Assert.Equal(start.Frames(chain)[0], frames[^1]);
            Assert.Contains(end.Frames(chain)[0], frames);
        }
    }

    [Fact]
    public void NoTwoExercisesShareAPosition()
    {
        var poses = FigureCatalog.Default.All
            .SelectMany(f => new[] { (Name: f.ExerciseId + " start", Pose: f.Start), (Name: f.ExerciseId + " end", Pose: f.End) })
            .ToList();

        var same = from a in poses
                   from b in poses
                   where string.CompareOrdinal(a.Name, b.Name) < 0 && Distance(a.Pose, b.Pose) < 10
                   select $"{a.Name} ~ {b.Name}";
        Assert.Empty(same);
    }

    [Theory]
    [MemberData(nameof(ExerciseIds))]
    public void TheSoreLegIsMarkedExactlyWhenTheStepsNameASoreSide(string id)
    {
        var exercise = ExerciseCatalog.Default.Find(id)!;
        var figure = FigureOf(id);
        var stepsNameSoreSide = exercise.Steps.Any(s => s.Contains("sore", StringComparison.OrdinalIgnoreCase));

        Assert.Equal(stepsNameSoreSide, figure.SoreLeg != SoreLeg.None);
        foreach (var drawing in Drawings(figure))
        {
            var marked = drawing.Svg.Descendants("path").Where(p => p.Attribute("data-sore") is not null).Select(p => (string)p.Attribute("data-chain")!).ToList();
            Assert.Equal(figure.SoreLeg switch { SoreLeg.Near => ["NearLeg"], SoreLeg.Far => ["FarLeg"], _ => Array.Empty<string>() }, marked);
        }
    }

    [Theory]
    [MemberData(nameof(ExerciseIds))]
    public void EachPositionIsSaidInWordsAsTheDrawingsAltText(string id)
    {
        var figure = FigureOf(id);

        Assert.NotEqual(figure.Start.Says, figure.End.Says);
        Assert.Equal("Start: " + figure.Start.Says, RenderedFigure.Parse(FigureSvg.Still(figure, figure.Start, "Start: " + figure.Start.Says)).Label);
        Assert.All(Drawings(figure), d => Assert.Equal("img", (string?)d.Svg.Attribute("role")));
    }

    private static double Distance(Pose a, Pose b) =>
        a.Angles.Zip(b.Angles, (x, y) => Math.Abs(((((x - y) % 360) + 540) % 360) - 180)).Sum()
        + Math.Abs(a.Pelvis.X - b.Pelvis.X) + Math.Abs(a.Pelvis.Y - b.Pelvis.Y);
}
