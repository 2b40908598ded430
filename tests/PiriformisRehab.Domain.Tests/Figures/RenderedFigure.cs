using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using PiriformisRehab.Domain.Figures;

namespace PiriformisRehab.Domain.Tests.Figures;

/// <summary>
/// Reads back what <see cref="FigureSvg"/> wrote: the picture's size and the joints of each drawn
/// chain, for the still positions and for every frame of the moving figure. The tests check the
/// drawing itself, not the model that made it.
/// </summary>
internal sealed partial class RenderedFigure
{
    private RenderedFigure(XElement svg)
    {
        Svg = svg;
        var box = ((string)svg.Attribute("viewBox")!).Split(' ').Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray();
        (Width, Height) = (box[2], box[3]);
    }

    public XElement Svg { get; }

    public double Width { get; }

    public double Height { get; }

    public string Label => (string)Svg.Attribute("aria-label")!;

    public static RenderedFigure Parse(string markup) => new(XElement.Parse(markup));

    /// <summary>The joints of one chain ("NearLeg"), in each frame (a still has one frame).</summary>
    public IReadOnlyList<IReadOnlyList<(double X, double Y)>> Frames(string chain)
    {
        var path = Svg.Descendants("path").Single(p => (string?)p.Attribute("data-chain") == chain);
        var animate = path.Element("animate");
        var values = animate is null ? [(string)path.Attribute("d")!] : ((string)animate.Attribute("values")!).Split(';');
        return values.Select(Points).ToList();
    }

    /// <summary>Every circle (head, face, props) as centre and radius, in every frame.</summary>
    public IEnumerable<(double X, double Y, double R)> Circles() =>
        Svg.Descendants("circle").SelectMany(c =>
        {
            var r = Number((string)c.Attribute("r")!);
            var xs = Values(c, "cx");
            var ys = Values(c, "cy");
            return xs.Zip(ys, (x, y) => (x, y, r));
        });

    /// <summary>Every point of every path, props included, in every frame.</summary>
    public IEnumerable<(double X, double Y)> AllPathPoints() =>
        Svg.Descendants("path").SelectMany(p =>
        {
            var animate = p.Element("animate");
            var values = animate is null ? [(string)p.Attribute("d")!] : ((string)animate.Attribute("values")!).Split(';');
            return values.SelectMany(v => Points(ExpandPropPath(v)));
        });

    private static IEnumerable<double> Values(XElement circle, string attribute)
    {
        var animate = circle.Elements("animate").SingleOrDefault(a => (string?)a.Attribute("attributeName") == attribute);
        return animate is null
            ? [Number((string)circle.Attribute(attribute)!)]
            : ((string)animate.Attribute("values")!).Split(';').Select(Number);
    }

    private static List<(double X, double Y)> Points(string d) =>
        PointPattern().Matches(d).Select(m => (Number(m.Groups[1].Value), Number(m.Groups[2].Value))).ToList();

    // Prop outlines use H and V; turn them into absolute points so bounds can be checked.
    private static string ExpandPropPath(string d)
    {
        if (!d.Contains('H', StringComparison.Ordinal) && !d.Contains('V', StringComparison.Ordinal))
        {
            return d;
        }

        var points = new List<string>();
        double x = 0, y = 0;
        foreach (Match m in CommandPattern().Matches(d))
        {
            var args = m.Groups[2].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Number).ToArray();
            switch (m.Groups[1].Value)
            {
                case "M" or "L": (x, y) = (args[0], args[1]); break;
                case "H": x = args[0]; break;
                case "V": y = args[0]; break;
            }

            points.Add(string.Create(CultureInfo.InvariantCulture, $"{x} {y}"));
        }

        return "M" + string.Join('L', points);
    }

    private static double Number(string value) => double.Parse(value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"(-?[0-9.]+) (-?[0-9.]+)")]
    private static partial Regex PointPattern();

    [GeneratedRegex(@"([MLHV])([-0-9. ]+)")]
    private static partial Regex CommandPattern();
}
