namespace PiriformisRehab.Domain.Figures;

/// <summary>A point of a figure drawing in figure units: x to the right, y up from the floor.</summary>
/// <param name="X">Across the picture, from its left edge.</param>
/// <param name="Y">Height above the floor line.</param>
public readonly record struct FigurePoint(double X, double Y)
{
    /// <summary>The straight-line distance to another point.</summary>
    public double DistanceTo(FigurePoint other) => Math.Sqrt(((X - other.X) * (X - other.X)) + ((Y - other.Y) * (Y - other.Y)));
}
