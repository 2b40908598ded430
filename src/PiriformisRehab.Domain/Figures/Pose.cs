namespace PiriformisRehab.Domain.Figures;

/// <summary>
/// One position of the body model, as data: where the pelvis is and which way each body segment
/// points. Angles are absolute, in degrees, anticlockwise from "pointing right" (0 right, 90 up,
/// 180 left, -90 down), so a pose reads like a description of the picture and needs no chain of
/// relative joint angles to author.
/// </summary>
/// <param name="Says">The position in words: the alt text of this position.</param>
/// <param name="Pelvis">Where the hips are.</param>
/// <param name="Trunk">Pelvis to shoulders.</param>
/// <param name="Head">Shoulders to the middle of the head.</param>
/// <param name="NearArm">Upper arm, forearm of the arm nearer the viewer.</param>
/// <param name="FarArm">Upper arm, forearm of the arm further away.</param>
/// <param name="NearLeg">Thigh, shin, foot of the leg nearer the viewer.</param>
/// <param name="FarLeg">Thigh, shin, foot of the leg further away.</param>
public sealed record Pose(
    string Says,
    FigurePoint Pelvis,
    double Trunk,
    double Head,
    IReadOnlyList<double> NearArm,
    IReadOnlyList<double> FarArm,
    IReadOnlyList<double> NearLeg,
    IReadOnlyList<double> FarLeg)
{
    /// <summary>Every segment angle in a fixed order, for comparing poses.</summary>
    public IEnumerable<double> Angles => new[] { Trunk, Head }.Concat(NearArm).Concat(FarArm).Concat(NearLeg).Concat(FarLeg);
}
