using BenchmarkDotNet.Attributes;
using PiriformisRehab.Domain.Plans;
using PiriformisRehab.Domain.Recovery;

namespace PiriformisRehab.Benchmarks;

/// <summary>
/// Reading a diary: the clinic list evaluates one diary per followed programme on every visit,
/// so its cost per check-in matters. Diaries are built once, with three check-ins a week that
/// exercise all four ladders and the walk-run phases; Setup checks the picture is the intended one.
/// </summary>
[MemoryDiagnoser]
public class RecoveryBenchmarks
{
    private static readonly DateOnly Start = new(2026, 1, 5);
    private readonly RecoveryEngine _engine = RecoveryEngine.Default;
    private RecoveryStart _start = null!;
    private CheckIn[] _twelveWeeks = null!;
    private CheckIn[] _oneYear = null!;
    private CheckInInput _form = null!;

    [GlobalSetup]
    public void Setup()
    {
        _start = RecoveryStart.FromExercises(["foamRollerGlute", "supineFigure4Stretch", "gluteBridge", "seatedSciaticSlider"], ExerciseCatalog.Default, Start);
        _twelveWeeks = Diary(12);
        _oneYear = Diary(52);
        _form = new CheckInInput
        {
            SessionDate = "2026-03-01", PainNow = "3", PainWorst = "5", MorningAfter = "same", ExercisePain = "2",
            SittingMinutes = "40", Activity = "walkRun", WalkRunPhase = "2", RunPain = "3",
            ExercisesDone = ["clamshell", "gluteBridge", "supineFigure4Stretch"], Note = "Stiff first thing, fine after the walk.",
        };

        var picture = _engine.Evaluate(_start, _twelveWeeks, Start.AddDays(84));
        if (picture.Paused || picture.Running.Stage == RunStage.Gate || picture.Ladders.Count != 4)
        {
            throw new InvalidOperationException("The 12-week diary no longer exercises the ladders and the walk-run phases.");
        }

        if (!CheckInParser.Default.Parse(_form, new DateOnly(2026, 3, 2)).IsValid)
        {
            throw new InvalidOperationException("The benchmark check-in form is no longer valid.");
        }
    }

    [Benchmark]
    public RecoveryPicture TwelveWeekDiary() => _engine.Evaluate(_start, _twelveWeeks, Start.AddDays(84));

    [Benchmark]
    public RecoveryPicture OneYearDiary() => _engine.Evaluate(_start, _oneYear, Start.AddDays(364));

    [Benchmark]
    public CheckInParseResult ParseCheckIn() => CheckInParser.Default.Parse(_form, new DateOnly(2026, 3, 2));

    /// <summary>Three check-ins a week (Monday, Wednesday, Friday); pain eases slowly; a flare-up every fifth week.</summary>
    private static CheckIn[] Diary(int weeks)
    {
        var list = new List<CheckIn>();
        for (var week = 0; week < weeks; week++)
        {
            foreach (var day in new[] { 0, 2, 4 })
            {
                var n = list.Count;
                var pain = Math.Max(1, 6 - (week / 2));
                var flare = week % 5 == 4 && day == 2;
                var activity = n == 0 ? RunActivity.None : n == 1 ? RunActivity.BriskWalk : RunActivity.WalkRun;
                int? phase = activity == RunActivity.WalkRun ? Math.Min(7, 1 + ((n - 2) / 2)) : null;
                list.Add(new CheckIn(
                    Start.AddDays((week * 7) + day), pain, pain + 1, flare ? MorningAfter.Worse : MorningAfter.Same, 2, 20 + (week * 5),
                    activity, phase, activity == RunActivity.BriskWalk ? 30 : phase is int p ? WalkRunPlan.Default.Phases[p - 1].RunMinutes : null,
                    activity == RunActivity.None ? null : activity == RunActivity.BriskWalk ? 0 : 3,
                    ["foamRollerGlute", "supineFigure4Stretch", "gluteBridge", "seatedSciaticSlider"], null, [], false));
            }
        }

        return [.. list];
    }
}
