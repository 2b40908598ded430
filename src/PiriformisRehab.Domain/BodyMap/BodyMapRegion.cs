namespace PiriformisRehab.Domain.BodyMap;

/// <summary>Which side of the body a shape of the body map is drawn on.</summary>
public enum BodyView
{
    /// <summary>Seen from the front: the runner's left is on the viewer's right.</summary>
    Front,
    /// <summary>Seen from behind: the runner's left is on the viewer's left.</summary>
    Back,
}

/// <summary>
/// One shape of a region in one view, on the viewer's left half; the renderer also draws its mirror
/// image about the midline, since no question asks which side hurts.
/// </summary>
/// <param name="View">The view it is drawn in.</param>
/// <param name="Points">The corners of a polygon, or null for an ellipse.</param>
/// <param name="Ellipse">Centre x, centre y, radius x, radius y of an ellipse, or null for a polygon.</param>
public sealed record BodyShape(BodyView View, IReadOnlyList<(double X, double Y)>? Points, (double Cx, double Cy, double Rx, double Ry)? Ellipse)
{
    /// <summary>Every point the shape reaches (the corners, or the ellipse's four extremes), for bounds checks.</summary>
    public IEnumerable<(double X, double Y)> Extremes() => Points
        ?? [(Ellipse!.Value.Cx - Ellipse.Value.Rx, Ellipse.Value.Cy), (Ellipse.Value.Cx + Ellipse.Value.Rx, Ellipse.Value.Cy),
            (Ellipse.Value.Cx, Ellipse.Value.Cy - Ellipse.Value.Ry), (Ellipse.Value.Cx, Ellipse.Value.Cy + Ellipse.Value.Ry)];
}

/// <summary>
/// A place on the body map and the question(s) a tick on it answers with Yes. A region with no
/// question (<see cref="NoQuestion"/> says why) is data only: it is never drawn as a toggle.
/// </summary>
/// <param name="Id">Stable id; the posted checkbox is <c>where.{Id}</c>.</param>
/// <param name="Label">The place in plain words.</param>
/// <param name="Hint">How to find it.</param>
/// <param name="QuestionIds">The questions a tick answers Yes.</param>
/// <param name="Shapes">Where it is drawn.</param>
/// <param name="NoQuestion">Why no question is mapped, when none is.</param>
public sealed record BodyMapRegion(string Id, string Label, string Hint, IReadOnlyList<string> QuestionIds, IReadOnlyList<BodyShape> Shapes, string? NoQuestion)
{
    /// <summary>The name of the checkbox posted for this region.</summary>
    public string FieldName => BodyMapAnswers.FieldPrefix + Id;

    /// <summary>Whether a tick on it answers anything (false: shown nowhere as a toggle).</summary>
    public bool IsToggle => QuestionIds.Count > 0;
}
