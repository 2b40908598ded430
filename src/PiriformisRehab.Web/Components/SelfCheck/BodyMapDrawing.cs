using System.Globalization;
using System.Text;
using PiriformisRehab.Domain.BodyMap;

namespace PiriformisRehab.Web.Components.SelfCheck;

/// <summary>
/// SVG path data for the body map (seeds/body-map.json): the data holds the viewer's left half, and
/// every outline and shape is drawn with its mirror image about the midline.
/// </summary>
public static class BodyMapDrawing
{
    /// <summary>The whole silhouette: the left half, then its mirror image back up to the top of the head.</summary>
    public static string Outline(BodyMapCatalog map)
    {
        ArgumentNullException.ThrowIfNull(map);
        var half = map.Outline;
        var mirrored = half.Reverse().Select(p => (map.Width - p.X, p.Y));
        return Polygon(half.Concat(mirrored));
    }

    /// <summary>The shape on the viewer's left (mirror false) or right (mirror true).</summary>
    public static string Shape(BodyMapCatalog map, BodyShape shape, bool mirror)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(shape);
        double X(double x) => mirror ? map.Width - x : x;
        if (shape.Points is { } points)
        {
            return Polygon(points.Select(p => (X(p.X), p.Y)));
        }

        // An ellipse as two arcs, so every shape is one <path>.
        var (cx, cy, rx, ry) = shape.Ellipse!.Value;
        var x = X(cx);
        return string.Create(CultureInfo.InvariantCulture, $"M{x - rx:0.##} {cy:0.##}a{rx:0.##} {ry:0.##} 0 1 0 {2 * rx:0.##} 0a{rx:0.##} {ry:0.##} 0 1 0 {-2 * rx:0.##} 0Z");
    }

    private static string Polygon(IEnumerable<(double X, double Y)> points)
    {
        var d = new StringBuilder();
        foreach (var (x, y) in points)
        {
            d.Append(CultureInfo.InvariantCulture, $"{(d.Length == 0 ? "M" : "L")}{x:0.##} {y:0.##}");
        }

        return d.Append('Z').ToString();
    }
}
