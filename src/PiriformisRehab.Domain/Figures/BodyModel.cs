namespace PiriformisRehab.Domain.Figures;

/// <summary>
/// The simple body model every exercise figure is drawn with: fixed segment lengths and forward
/// kinematics from a <see cref="Pose"/> to joint positions. One set of proportions for every
/// exercise is what keeps the figures one consistent style, and what lets a test check that no
/// limb changes length between positions.
/// </summary>
public static class BodyModel
{
    /// <summary>Pelvis to shoulders.</summary>
    public const double TrunkLength = 44;
    /// <summary>Shoulders to the middle of the head.</summary>
    public const double NeckLength = 15;
    /// <summary>Radius of the head.</summary>
    public const double HeadRadius = 8;
    /// <summary>Shoulder to elbow.</summary>
    public const double UpperArmLength = 26;
    /// <summary>Elbow to hand.</summary>
    public const double ForearmLength = 25;
    /// <summary>Hip to knee.</summary>
    public const double ThighLength = 40;
    /// <summary>Knee to ankle.</summary>
    public const double ShinLength = 38;
    /// <summary>Ankle to toe.</summary>
    public const double FootLength = 11;

    /// <summary>The segment lengths of each chain, from the body outwards.</summary>
    public static IReadOnlyList<double> SegmentLengths(Chain chain) => chain switch
    {
        Chain.Trunk => [TrunkLength, NeckLength],
        Chain.NearArm or Chain.FarArm => [UpperArmLength, ForearmLength],
        _ => [ThighLength, ShinLength, FootLength],
    };

    /// <summary>Joint positions of a pose.</summary>
    public static Skeleton Solve(Pose pose)
    {
        var trunk = Walk(pose.Pelvis, [pose.Trunk, pose.Head], SegmentLengths(Chain.Trunk));
        var shoulder = trunk[1];
        return new Skeleton(new Dictionary<Chain, IReadOnlyList<FigurePoint>>
        {
            [Chain.FarLeg] = Walk(pose.Pelvis, pose.FarLeg, SegmentLengths(Chain.FarLeg)),
            [Chain.FarArm] = Walk(shoulder, pose.FarArm, SegmentLengths(Chain.FarArm)),
            [Chain.Trunk] = trunk,
            [Chain.NearLeg] = Walk(pose.Pelvis, pose.NearLeg, SegmentLengths(Chain.NearLeg)),
            [Chain.NearArm] = Walk(shoulder, pose.NearArm, SegmentLengths(Chain.NearArm)),
        });
    }

    /// <summary>
    /// The pose a fraction <paramref name="t"/> of the way from <paramref name="from"/> to
    /// <paramref name="to"/>: the pelvis moves in a straight line and each segment turns the
    /// short way round, so limbs swing rather than stretch.
    /// </summary>
    public static Pose Between(Pose from, Pose to, double t)
    {
        static double Turn(double a, double b, double t)
        {
            var delta = ((((b - a) % 360) + 540) % 360) - 180;
            return a + (delta * t);
        }

        static IReadOnlyList<double> TurnAll(IReadOnlyList<double> a, IReadOnlyList<double> b, double t) =>
            a.Select((angle, i) => Turn(angle, b[i], t)).ToArray();

        return new Pose(
            t < 0.5 ? from.Says : to.Says,
            new FigurePoint(from.Pelvis.X + ((to.Pelvis.X - from.Pelvis.X) * t), from.Pelvis.Y + ((to.Pelvis.Y - from.Pelvis.Y) * t)),
            Turn(from.Trunk, to.Trunk, t),
            Turn(from.Head, to.Head, t),
            TurnAll(from.NearArm, to.NearArm, t),
            TurnAll(from.FarArm, to.FarArm, t),
            TurnAll(from.NearLeg, to.NearLeg, t),
            TurnAll(from.FarLeg, to.FarLeg, t));
    }

    private static FigurePoint[] Walk(FigurePoint start, IReadOnlyList<double> angles, IReadOnlyList<double> lengths)
    {
        var points = new FigurePoint[angles.Count + 1];
        points[0] = start;
        for (var i = 0; i < angles.Count; i++)
        {
            var radians = angles[i] * Math.PI / 180;
            points[i + 1] = new FigurePoint(points[i].X + (lengths[i] * Math.Cos(radians)), points[i].Y + (lengths[i] * Math.Sin(radians)));
        }

        return points;
    }
}
