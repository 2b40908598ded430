using System.Collections.Frozen;
using PiriformisRehab.Domain.Rules;
using PiriformisRehab.Domain.Seeds;

namespace PiriformisRehab.Domain.Plans;

/// <summary>The exercise content of seeds/exercises.json, checked on load.</summary>
public sealed class ExerciseCatalog
{
    private readonly FrozenDictionary<string, Exercise> _byId;

    private ExerciseCatalog(IReadOnlyList<ExerciseCategory> categories)
    {
        Categories = categories;
        _byId = categories.SelectMany(c => c.Exercises).ToFrozenDictionary(e => e.Id, StringComparer.Ordinal);
    }

    /// <summary>The four categories in plan order.</summary>
    public IReadOnlyList<ExerciseCategory> Categories { get; }

    /// <summary>The exercise with this id, or null.</summary>
    public Exercise? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>One category.</summary>
    public ExerciseCategory this[CategoryId id] => Categories[(int)id];

    private static readonly Lazy<ExerciseCatalog> Embedded = new(() => Load(SeedResource.Read<ExercisesSeed>("exercises.json")));

    /// <summary>The catalogue embedded from seeds/exercises.json (loaded once).</summary>
    public static ExerciseCatalog Default => Embedded.Value;

    internal static ExerciseCatalog Load(ExercisesSeed seed)
    {
        var expected = Enum.GetValues<CategoryId>();
        if (seed.Categories.Count != expected.Length)
        {
            throw new InvalidDataException($"seeds/exercises.json: expected {expected.Length} categories.");
        }

        var categories = seed.Categories.Select((c, i) => ToCategory(c, expected[i])).ToList();
        var ids = categories.SelectMany(c => c.Exercises).Select(e => e.Id).ToList();
        if (ids.Distinct(StringComparer.Ordinal).Count() != ids.Count)
        {
            throw new InvalidDataException("seeds/exercises.json: exercise ids must be unique.");
        }

        return new ExerciseCatalog(categories);
    }

    private static ExerciseCategory ToCategory(CategorySeed c, CategoryId expected)
    {
        if (!string.Equals(c.Id, ContractNames.Of(expected), StringComparison.Ordinal))
        {
            throw new InvalidDataException($"seeds/exercises.json: category '{c.Id}' is out of order; expected '{ContractNames.Of(expected)}'.");
        }

        if (c.Exercises.Count < 3)
        {
            throw new InvalidDataException($"seeds/exercises.json: category '{c.Id}' needs at least three exercises.");
        }

        var exercises = c.Exercises.Select((e, i) => ToExercise(e, i + 1)).ToList();
        return new ExerciseCategory(expected, c.Title, c.Why, c.Source, exercises);
    }

    private static Exercise ToExercise(ExerciseSeed e, int expectedStage)
    {
        var complete = e.Stage == expectedStage && e.Steps.Count > 0 && e.Cautions.Count > 0
            && new[] { e.Id, e.Name, e.Progression, e.Regression, e.Reason, e.Source }.All(s => !string.IsNullOrWhiteSpace(s));
        if (!complete)
        {
            throw new InvalidDataException($"seeds/exercises.json: exercise '{e.Id}' is incomplete or its stage is not {expectedStage}.");
        }

        var avoid = (e.AvoidWhenLikely ?? []).Select(name =>
            Enum.GetValues<DifferentialId>().FirstOrDefault(d => ContractNames.Of(d) == name, (DifferentialId)(-1))).ToList();
        if (avoid.Contains((DifferentialId)(-1)))
        {
            throw new InvalidDataException($"seeds/exercises.json: exercise '{e.Id}' names an unknown differential in avoidWhenLikely.");
        }

        var dose = ToDose(e.Id, e.Dose);
        return new Exercise(e.Id, e.Name, e.Stage, e.Steps, DoseText.WithNote(dose, e.DoseNote), e.Cautions, e.Progression, e.Regression, e.Reason, e.Source, avoid) { Dose = dose, DoseNote = e.DoseNote };
    }

    /// <summary>A dose needs sets, exactly one of repetitions and hold seconds, and how often; every range positive and in order.</summary>
    private static Dose ToDose(string id, DoseSeed? d)
    {
        static bool Ok(RangeSeed? r) => r is { Min: >= 1 } && r.Max >= r.Min;
        var per = d?.Per switch { "day" => DosePeriod.Day, "week" => DosePeriod.Week, _ => (DosePeriod?)null };
        if (d is null || !Ok(d.Sets) || !Ok(d.Times) || per is null || (d.Reps is null) == (d.HoldSeconds is null)
            || (d.Reps is not null && !Ok(d.Reps)) || (d.HoldSeconds is not null && !Ok(d.HoldSeconds))
            || (per == DosePeriod.Week && d.Times!.Max > 7))
        {
            throw new InvalidDataException($"seeds/exercises.json: exercise '{id}' needs a dose with sets, either reps or holdSeconds, times and per (day or week).");
        }

        static DoseRange R(RangeSeed r) => new(r.Min, r.Max);
        return new Dose(R(d.Sets!), d.Reps is { } reps ? R(reps) : null, d.HoldSeconds is { } hold ? R(hold) : null, d.Where, R(d.Times!), per.Value);
    }
}

internal sealed record ExercisesSeed(List<CategorySeed> Categories);

internal sealed record CategorySeed(string Id, string Title, string Why, string Source, List<ExerciseSeed> Exercises);

internal sealed record ExerciseSeed(
    string Id, string Name, int Stage, List<string> Steps, DoseSeed? Dose, string? DoseNote, List<string> Cautions,
    string Progression, string Regression, string Reason, string Source, List<string>? AvoidWhenLikely);

internal sealed record DoseSeed(RangeSeed? Sets, RangeSeed? Reps, RangeSeed? HoldSeconds, string? Where, RangeSeed? Times, string? Per);

internal sealed record RangeSeed(int Min, int Max);
