using System.Globalization;
using System.Net;
using System.Text;

namespace PiriformisRehab.Domain.Figures;

/// <summary>
/// Writes an exercise figure as inline SVG: the one renderer for every exercise. A moving figure
/// loops gently between the start and end position with SMIL path animation (no script, so it
/// runs under a script-free content policy), and each position can also be drawn still for
/// print and reduced motion. Colours come from classes (<see cref="Stylesheet"/>), so the app's
/// stylesheet can restyle them for print in black and white, the sore leg the darkest.
/// </summary>
public static class FigureSvg
{
    /// <summary>Seconds for one full loop, start to end and back, holding a moment at each end.</summary>
    public const int LoopSeconds = 7;

    /// <summary>Frames between the two positions; each is a true pose, so limbs swing, never stretch.</summary>
    public const int Steps = 3;

    /// <summary>
    /// The figures' screen colours and line widths. The app's stylesheet (wwwroot/app.css) holds
    /// this block verbatim, with print overrides after it; a standalone copy (the contact sheet)
    /// embeds it. Kept out of the markup so eleven figures stay within the page budget.
    /// </summary>
    public const string Stylesheet =
        ".fig-props{fill:none;stroke:#78909c;stroke-width:2}.fig-ball{fill:#78909c}"
        + ".fig-body,.fig-far,.fig-sore{fill:none;stroke-linecap:round;stroke-linejoin:round;stroke-width:7}"
        + ".fig-body{stroke:#546e7a}.fig-far{stroke:#b0bec5;stroke-width:6}.fig-sore{stroke:#9a3412}"
        + ".fig-body[data-chain=Trunk]{stroke-width:9}.fig-head{fill:#546e7a}";

    /// <summary>The moving figure: start to end and back, for as long as it is on screen.</summary>
    public static string Motion(ExerciseFigure figure, string label)
    {
        var loop = LoopFrames(figure);
        var frames = loop.Select(BodyModel.Solve).ToList();
        var svg = Open(figure, "figure-motion", label);
        foreach (var chain in Enum.GetValues<Chain>())
        {
            var paths = frames.Select(s => PathData(figure, s.Chains[chain], chain)).ToList();
            svg.Append(PathOpen(figure, chain)).Append(" d=\"").Append(paths[0]).Append('"');
            if (paths.Distinct(StringComparer.Ordinal).Count() > 1)
            {
                svg.Append('>').Append(Animate("d", paths)).Append("</path>");
            }
            else
            {
                svg.Append("/>");
            }

            if (chain == Chain.Trunk)
            {
                AppendCircle(svg, figure, HeadOpen(figure, frames[0].HeadCentre), frames.Select(s => s.HeadCentre).ToList());
                if (figure.View == FigureView.Side)
                {
                    var noses = frames.Select((s, i) => Nose(s.HeadCentre, loop[i])).ToList();
                    AppendCircle(svg, figure, NoseOpen(figure, noses[0]), noses);
                }
            }
        }

        return svg.Append("</g></svg>").ToString();
    }

    /// <summary>One position, drawn still.</summary>
    public static string Still(ExerciseFigure figure, Pose pose, string label)
    {
        var skeleton = BodyModel.Solve(pose);
        var svg = Open(figure, "figure-still", label);
        foreach (var chain in Enum.GetValues<Chain>())
        {
            svg.Append(PathOpen(figure, chain)).Append(" d=\"").Append(PathData(figure, skeleton.Chains[chain], chain)).Append("\"/>");
            if (chain == Chain.Trunk)
            {
                svg.Append(HeadOpen(figure, skeleton.HeadCentre)).Append("/>");
                if (figure.View == FigureView.Side)
                {
                    svg.Append(NoseOpen(figure, Nose(skeleton.HeadCentre, pose))).Append("/>");
                }
            }
        }

        return svg.Append("</g></svg>").ToString();
    }

    /// <summary>
    /// The poses of one loop: eased out of the start, into the end, held, and back. Easing is in
    /// the spacing of the frames (closer near each end), so the browser only moves linearly.
    /// </summary>
    public static IReadOnlyList<Pose> LoopFrames(ExerciseFigure figure)
    {
        var there = Enumerable.Range(0, Steps + 1)
            .Select(k => BodyModel.Between(figure.Start, figure.End, (1 - Math.Cos(Math.PI * k / Steps)) / 2))
            .ToList();
        return [.. there, there[^1], .. Enumerable.Reverse(there).Skip(1), there[0]];
    }

    /// <summary>A circle that follows <paramref name="centres"/> through the loop, or stays put.</summary>
    private static void AppendCircle(StringBuilder svg, ExerciseFigure figure, string open, IReadOnlyList<FigurePoint> centres)
    {
        var xs = centres.Select(p => Number(p.X)).ToList();
        var ys = centres.Select(p => Number(Y(figure, p.Y))).ToList();
        var moves = xs.Distinct(StringComparer.Ordinal).Count() > 1 || ys.Distinct(StringComparer.Ordinal).Count() > 1;
        svg.Append(open).Append(moves ? ">" + Animate("cx", xs) + Animate("cy", ys) + "</circle>" : "/>");
    }

    private static StringBuilder Open(ExerciseFigure figure, string cssClass, string label)
    {
        var svg = new StringBuilder(2048);
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"{cssClass}\" viewBox=\"0 0 {Number(ExerciseFigure.Width)} {Number(figure.Height)}\" role=\"img\" aria-label=\"{WebUtility.HtmlEncode(label)}\">");
        svg.Append("<g class=\"fig-props\">");
        svg.Append("<path d=\"M0 ").Append(Number(Y(figure, 0))).Append('H').Append(Number(ExerciseFigure.Width)).Append("\"/>");
        foreach (var prop in figure.Props)
        {
            svg.Append(Prop(figure, prop));
        }

        return svg.Append("</g><g>");
    }

    private static string Prop(ExerciseFigure figure, FigureProp p) => p.Kind switch
    {
        PropKind.Chair => $"<path class=\"fig-prop\" d=\"M{N(p.X)} {N(Y(figure, 0))}V{N(Y(figure, p.H))}H{N(p.X + (p.Side * p.W))}V{N(Y(figure, 0))}M{N(p.X + (p.Side * p.W))} {N(Y(figure, p.H))}V{N(Y(figure, p.H + 40))}\"/>",
        PropKind.Wall => $"<path class=\"fig-prop\" d=\"M{N(p.X)} {N(Y(figure, 0))}V0\"/>",
        PropKind.Step => $"<path class=\"fig-prop\" d=\"M{N(p.X)} {N(Y(figure, 0))}V{N(Y(figure, p.H))}H{N(p.X + p.W)}V{N(Y(figure, 0))}\"/>",
        PropKind.Roller => $"<circle class=\"fig-prop\" cx=\"{N(p.X)}\" cy=\"{N(Y(figure, p.R))}\" r=\"{N(p.R)}\"/>",
        _ => $"<circle class=\"fig-ball\" cx=\"{N(p.X)}\" cy=\"{N(Y(figure, p.Y))}\" r=\"{N(p.R)}\"/>",
    };

    private static string PathOpen(ExerciseFigure figure, Chain chain)
    {
        var sore = (chain, figure.SoreLeg) is (Chain.NearLeg, SoreLeg.Near) or (Chain.FarLeg, SoreLeg.Far);
        var cssClass = sore ? "fig-sore" : chain is Chain.FarLeg or Chain.FarArm ? "fig-far" : "fig-body";
        return $"<path class=\"{cssClass}\" data-chain=\"{chain}\"{(sore ? " data-sore=\"\"" : "")}";
    }

    private static string HeadOpen(ExerciseFigure figure, FigurePoint centre) =>
        $"<circle class=\"fig-head\" data-chain=\"Head\" cx=\"{N(centre.X)}\" cy=\"{N(Y(figure, centre.Y))}\" r=\"{N(BodyModel.HeadRadius)}\"";

    /// <summary>
    /// A small bump on the face side of the head, a quarter turn forward of the neck's line, so
    /// "chin to chest" and "look up" read from the picture, not only from the words.
    /// </summary>
    private static FigurePoint Nose(FigurePoint headCentre, Pose pose)
    {
        var radians = (pose.Head - 90) * Math.PI / 180;
        return new FigurePoint(headCentre.X + (BodyModel.HeadRadius * Math.Cos(radians)), headCentre.Y + (BodyModel.HeadRadius * Math.Sin(radians)));
    }

    private static string NoseOpen(ExerciseFigure figure, FigurePoint nose) =>
        $"<circle class=\"fig-head\" data-chain=\"Nose\" cx=\"{N(nose.X)}\" cy=\"{N(Y(figure, nose.Y))}\" r=\"3\"";

    private static string PathData(ExerciseFigure figure, IReadOnlyList<FigurePoint> joints, Chain chain)
    {
        // The trunk chain ends at the middle of the head; its line stops at the shoulders.
        var drawn = chain == Chain.Trunk ? joints.Take(joints.Count - 1) : joints;
        return string.Join('L', drawn.Select(p => $"{N(p.X)} {N(Y(figure, p.Y))}")).Insert(0, "M");
    }

    private static string Animate(string attribute, IEnumerable<string> values) =>
        $"<animate attributeName=\"{attribute}\" dur=\"{LoopSeconds}s\" repeatCount=\"indefinite\" values=\"{string.Join(';', values)}\"/>";

    private static double Y(ExerciseFigure figure, double height) => figure.Height - ExerciseFigure.FloorInset - height;

    private static string N(double value) => Number(value);

    private static string Number(double value)
    {
        var rounded = Math.Round(value, 1);
        return (rounded == 0 ? 0 : rounded).ToString("0.#", CultureInfo.InvariantCulture);
    }
}
