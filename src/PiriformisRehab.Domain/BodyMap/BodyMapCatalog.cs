using System.Text.Json.Serialization;
using PiriformisRehab.Domain.Questions;
using PiriformisRehab.Domain.Seeds;

namespace PiriformisRehab.Domain.BodyMap;

/// <summary>
/// The body map of seeds/body-map.json, checked on load against the question catalogue: a region
/// can only answer questions that exist, no question is answered by two regions' different
/// meanings, and every shape lies inside the picture.
/// </summary>
public sealed class BodyMapCatalog
{
    private BodyMapCatalog(double width, double height, IReadOnlyList<(double X, double Y)> outline, IReadOnlyList<BodyMapRegion> regions, IReadOnlyDictionary<string, string> unmapped)
    {
        Width = width;
        Height = height;
        Outline = outline;
        Regions = regions;
        Unmapped = unmapped;
    }

    /// <summary>Width of one view.</summary>
    public double Width { get; }

    /// <summary>Height of one view.</summary>
    public double Height { get; }

    /// <summary>The viewer's left half of the silhouette, top of the head round to the crotch.</summary>
    public IReadOnlyList<(double X, double Y)> Outline { get; }

    /// <summary>Every region, in the order the list shows them.</summary>
    public IReadOnlyList<BodyMapRegion> Regions { get; }

    /// <summary>Questions that name a place but are deliberately not on the map, with the reason.</summary>
    public IReadOnlyDictionary<string, string> Unmapped { get; }

    private static readonly Lazy<BodyMapCatalog> Embedded = new(() => Load(SeedResource.Read<BodyMapSeed>("body-map.json"), QuestionCatalog.Default));

    /// <summary>The map embedded from seeds/body-map.json (loaded once).</summary>
    public static BodyMapCatalog Default => Embedded.Value;

    /// <summary>
    /// The toggles for a page asking these questions: each region all of whose questions are on the
    /// page (so a tick never answers a question the page does not show).
    /// </summary>
    public IReadOnlyList<BodyMapRegion> RegionsFor(IEnumerable<string> questionIds)
    {
        var onPage = questionIds.ToHashSet(StringComparer.Ordinal);
        return [.. Regions.Where(r => r.IsToggle && r.QuestionIds.All(onPage.Contains))];
    }

    internal static BodyMapCatalog Load(BodyMapSeed seed, QuestionCatalog questions)
    {
        const string file = "seeds/body-map.json";
        if (seed.Width <= 0 || seed.Height <= 0 || seed.Outline.Count < 3)
        {
            throw new InvalidDataException($"{file}: width, height and an outline of at least three points are required.");
        }

        bool Inside((double X, double Y) p) => double.IsFinite(p.X) && double.IsFinite(p.Y) && p.X >= 0 && p.X <= seed.Width / 2 && p.Y >= 0 && p.Y <= seed.Height;

        var outline = seed.Outline.Select(p => Point(file, "outline", p)).ToList();
        if (!outline.All(Inside))
        {
            throw new InvalidDataException($"{file}: the outline must lie in the left half of the picture.");
        }

        var regions = new List<BodyMapRegion>();
        foreach (var r in seed.Regions)
        {
            if (string.IsNullOrWhiteSpace(r.Id) || regions.Any(x => x.Id == r.Id) || string.IsNullOrWhiteSpace(r.Label) || string.IsNullOrWhiteSpace(r.Hint))
            {
                throw new InvalidDataException($"{file}: every region needs a unique id, a label and a hint ('{r.Id}').");
            }

            foreach (var id in r.Questions)
            {
                var question = questions.Find(id) ?? throw new InvalidDataException($"{file}: region '{r.Id}' names '{id}', which is not a question in seeds/questions.json.");
                if (question.Type != QuestionType.Bool || question.Section == "safety" || question.Parent is not null)
                {
                    throw new InvalidDataException($"{file}: region '{r.Id}' may only answer a yes/no question outside the safety screen that is not a follow-up ('{id}').");
                }
            }

            if (r.Questions.Count == 0 && string.IsNullOrWhiteSpace(r.NoQuestion))
            {
                throw new InvalidDataException($"{file}: region '{r.Id}' answers no question and does not say why (noQuestion).");
            }

            var shapes = r.Shapes.Select(s => Shape(file, r.Id, s)).ToList();
            if (shapes.Count == 0 || !shapes.SelectMany(s => s.Extremes()).All(Inside))
            {
                throw new InvalidDataException($"{file}: region '{r.Id}' needs shapes inside the left half of the picture.");
            }

            regions.Add(new BodyMapRegion(r.Id, r.Label, r.Hint, r.Questions, shapes, r.NoQuestion));
        }

        var mapped = regions.SelectMany(r => r.QuestionIds).ToList();
        if (mapped.Count != mapped.Distinct(StringComparer.Ordinal).Count())
        {
            throw new InvalidDataException($"{file}: a question is answered by two regions.");
        }

        foreach (var (id, reason) in seed.Unmapped)
        {
            if (questions.Find(id) is null || mapped.Contains(id) || string.IsNullOrWhiteSpace(reason))
            {
                throw new InvalidDataException($"{file}: unmapped '{id}' must be a question, not on the map, with a reason.");
            }
        }

        return new BodyMapCatalog(seed.Width, seed.Height, outline, regions, seed.Unmapped);
    }

    private static (double X, double Y) Point(string file, string where, List<double> p) =>
        p.Count == 2 ? (p[0], p[1]) : throw new InvalidDataException($"{file}: a point of {where} needs exactly x and y.");

    private static BodyShape Shape(string file, string regionId, ShapeSeed s)
    {
        var view = s.View switch
        {
            "front" => BodyView.Front,
            "back" => BodyView.Back,
            _ => throw new InvalidDataException($"{file}: region '{regionId}' has a shape with view '{s.View}' (front or back)."),
        };
        if ((s.Polygon is null) == (s.Ellipse is null))
        {
            throw new InvalidDataException($"{file}: each shape of '{regionId}' is a polygon or an ellipse.");
        }

        if (s.Ellipse is { } e)
        {
            if (e.Count != 4 || e[2] <= 0 || e[3] <= 0)
            {
                throw new InvalidDataException($"{file}: an ellipse of '{regionId}' is [cx, cy, rx, ry] with positive radii.");
            }

            return new BodyShape(view, null, (e[0], e[1], e[2], e[3]));
        }

        var points = s.Polygon!.Select(p => Point(file, regionId, p)).ToList();
        return points.Count >= 3 ? new BodyShape(view, points, null) : throw new InvalidDataException($"{file}: a polygon of '{regionId}' needs three corners.");
    }
}

internal sealed record BodyMapSeed(double Width, double Height, List<List<double>> Outline, List<RegionSeed> Regions, Dictionary<string, string> Unmapped)
{
    [JsonPropertyName("//")]
    public string? Comment { get; init; }
}

internal sealed record RegionSeed(string Id, string Label, string Hint, List<string> Questions, List<ShapeSeed> Shapes, string? NoQuestion);

internal sealed record ShapeSeed(string View, List<List<double>>? Polygon, List<double>? Ellipse);
