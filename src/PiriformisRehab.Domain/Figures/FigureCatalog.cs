using System.Collections.Frozen;
using PiriformisRehab.Domain.Plans;
using PiriformisRehab.Domain.Seeds;

namespace PiriformisRehab.Domain.Figures;

/// <summary>
/// The exercise figures of seeds/exercise-figures.json, keyed by exercise id and checked on load
/// against the exercise catalogue, so a figure can never describe an exercise that is not there.
/// </summary>
public sealed class FigureCatalog
{
    /// <summary>Picture height when a figure names none: enough for exercises done lying down.</summary>
    public const double DefaultHeight = 84;

    private readonly FrozenDictionary<string, ExerciseFigure> _byId;

    private FigureCatalog(IEnumerable<ExerciseFigure> figures) =>
        _byId = figures.ToFrozenDictionary(f => f.ExerciseId, StringComparer.Ordinal);

    /// <summary>Every figure, in no particular order.</summary>
    public IEnumerable<ExerciseFigure> All => _byId.Values;

    /// <summary>The figure of this exercise, or null.</summary>
    public ExerciseFigure? Find(string exerciseId) => _byId.GetValueOrDefault(exerciseId);

    private static readonly Lazy<FigureCatalog> Embedded = new(() =>
        Load(SeedResource.Read<FiguresSeed>("exercise-figures.json"), ExerciseCatalog.Default));

    /// <summary>The figures embedded from seeds/exercise-figures.json (loaded once).</summary>
    public static FigureCatalog Default => Embedded.Value;

    internal static FigureCatalog Load(FiguresSeed seed, ExerciseCatalog exercises)
    {
        var figures = seed.Figures.Select(pair => ToFigure(pair.Key, pair.Value, exercises)).ToList();
        return new FigureCatalog(figures);
    }

    private static ExerciseFigure ToFigure(string id, FigureSeed f, ExerciseCatalog exercises)
    {
        if (exercises.Find(id) is null)
        {
            throw new InvalidDataException($"seeds/exercise-figures.json: '{id}' is not an exercise in seeds/exercises.json.");
        }

        var sore = f.SoreLeg switch
        {
            null => SoreLeg.None,
            "near" => SoreLeg.Near,
            "far" => SoreLeg.Far,
            _ => throw new InvalidDataException($"seeds/exercise-figures.json: '{id}' soreLeg must be near, far or absent."),
        };
        var view = f.View switch
        {
            null or "side" => FigureView.Side,
            "front" => FigureView.Front,
            _ => throw new InvalidDataException($"seeds/exercise-figures.json: '{id}' view must be side or front."),
        };
        var props = (f.Props ?? []).Select(p => ToProp(id, p)).ToList();
        return new ExerciseFigure(id, view, f.Height ?? DefaultHeight, sore, props, ToPose(id, "start", f.Start), ToPose(id, "end", f.End));
    }

    private static FigureProp ToProp(string id, PropSeed p)
    {
        var kind = Enum.GetValues<PropKind>().FirstOrDefault(k => string.Equals(k.ToString(), p.Kind, StringComparison.OrdinalIgnoreCase), (PropKind)(-1));
        if (kind == (PropKind)(-1))
        {
            throw new InvalidDataException($"seeds/exercise-figures.json: '{id}' has an unknown prop '{p.Kind}'.");
        }

        return new FigureProp(kind, p.X, p.Y, p.W, p.H, p.R, p.Side >= 0 ? 1 : -1);
    }

    private static Pose ToPose(string id, string which, PoseSeed? p)
    {
        static bool Has(List<double>? list, int count) => list is not null && list.Count == count && list.All(double.IsFinite);

        var complete = p is not null && !string.IsNullOrWhiteSpace(p.Says) && Has(p.Pelvis, 2)
            && Has(p.NearArm, 2) && Has(p.FarArm, 2) && Has(p.NearLeg, 3) && Has(p.FarLeg, 3)
            && double.IsFinite(p.Trunk) && double.IsFinite(p.Head);
        if (!complete)
        {
            throw new InvalidDataException($"seeds/exercise-figures.json: '{id}' {which} pose needs says, pelvis [x, y], trunk, head, two arm and three leg angles.");
        }

        return new Pose(p!.Says!, new FigurePoint(p.Pelvis![0], p.Pelvis[1]), p.Trunk, p.Head, p.NearArm!, p.FarArm!, p.NearLeg!, p.FarLeg!);
    }
}

internal sealed record FiguresSeed(Dictionary<string, FigureSeed> Figures);

internal sealed record FigureSeed(string? View, double? Height, string? SoreLeg, List<PropSeed>? Props, PoseSeed? Start, PoseSeed? End);

internal sealed record PropSeed(string Kind, double X, double Y, double W, double H, double R, int Side);

internal sealed record PoseSeed(
    string? Says, List<double>? Pelvis, double Trunk, double Head,
    List<double>? NearArm, List<double>? FarArm, List<double>? NearLeg, List<double>? FarLeg);
