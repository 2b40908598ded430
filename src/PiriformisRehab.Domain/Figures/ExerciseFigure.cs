namespace PiriformisRehab.Domain.Figures;

/// <summary>Which leg of the figure the steps call the sore one.</summary>
public enum SoreLeg
{
    /// <summary>The steps name no sore side (both sides alike, or "one leg, then the other").</summary>
    None,
    /// <summary>The leg nearer the viewer.</summary>
    Near,
    /// <summary>The leg further away.</summary>
    Far,
}

/// <summary>Which way the figure is seen.</summary>
public enum FigureView
{
    /// <summary>From the side: the face shows which way the head is turned.</summary>
    Side,
    /// <summary>From the front (side-lying and sitting-facing-you exercises): no face is drawn.</summary>
    Front,
}

/// <summary>Kinds of furniture and kit a figure can be drawn with.</summary>
public enum PropKind
{
    /// <summary>A firm chair: seat front edge at X, seat W deep at height H, its back W along on Side (-1 left).</summary>
    Chair,
    /// <summary>A wall at X, from the floor to the top of the picture.</summary>
    Wall,
    /// <summary>A low step from X, W wide and H high.</summary>
    Step,
    /// <summary>A foam roller on the floor at X, radius R.</summary>
    Roller,
    /// <summary>A tennis or massage ball at (X, Y), radius R.</summary>
    Ball,
}

/// <summary>Something drawn with the figure, fixed in both positions.</summary>
/// <param name="Kind">What it is.</param>
/// <param name="X">Where it is across the picture.</param>
/// <param name="Y">Height above the floor (balls).</param>
/// <param name="W">Width (chair seat, step).</param>
/// <param name="H">Height (chair seat, step).</param>
/// <param name="R">Radius (roller, ball).</param>
/// <param name="Side">-1 for a chair back on the left, 1 on the right.</param>
public sealed record FigureProp(PropKind Kind, double X, double Y, double W, double H, double R, int Side);

/// <summary>The picture of one exercise: its start and end position and what it is done on.</summary>
/// <param name="ExerciseId">The exercise in seeds/exercises.json.</param>
/// <param name="View">Which way the figure is seen.</param>
/// <param name="Height">Height of the picture in figure units (its width is <see cref="Width"/>).</param>
/// <param name="SoreLeg">The leg drawn as the sore one, as the steps name it.</param>
/// <param name="Props">Furniture and kit, behind the figure.</param>
/// <param name="Start">The position the exercise starts from.</param>
/// <param name="End">The position it moves to.</param>
public sealed record ExerciseFigure(string ExerciseId, FigureView View, double Height, SoreLeg SoreLeg, IReadOnlyList<FigureProp> Props, Pose Start, Pose End)
{
    /// <summary>Width of every picture in figure units.</summary>
    public const double Width = 200;

    /// <summary>Floor line distance from the bottom edge, in figure units.</summary>
    public const double FloorInset = 6;
}
