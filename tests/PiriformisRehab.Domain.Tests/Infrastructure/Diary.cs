using PiriformisRehab.Domain.Recovery;

namespace PiriformisRehab.Domain.Tests.Infrastructure;

/// <summary>Builds check-ins for the recovery tests: day numbers count from <see cref="Start"/>.</summary>
internal static class Diary
{
    public static readonly DateOnly Start = new(2026, 3, 2);

    public static DateOnly Day(int n) => Start.AddDays(n);

    /// <summary>A session of glute exercises (clamshell by default) with the given pain and morning.</summary>
    public static CheckIn Exercises(int day, int exercisePain = 2, MorningAfter? morning = MorningAfter.Same, int painWorst = 4, params string[] done) =>
        new(Day(day), Math.Min(3, painWorst), painWorst, morning, exercisePain, null, RunActivity.None, null, null, null,
            done.Length == 0 ? ["clamshell"] : done, null, [], false);

    /// <summary>A walk or run with the given pain and morning, and no exercises.</summary>
    public static CheckIn Run(int day, RunActivity activity, int runPain = 2, MorningAfter morning = MorningAfter.Same, int? phase = null, int? minutes = null) =>
        new(Day(day), 2, 3, morning, null, null, activity, phase,
            minutes ?? (phase is int p ? WalkRunPlan.Default.Phases[p - 1].RunMinutes : 30), runPain, [], null, [], false);

    /// <summary>A check-in with only pain scores (no session).</summary>
    public static CheckIn Pain(int day, int painNow, int? painWorst = null, MorningAfter? morning = null) =>
        new(Day(day), painNow, painWorst ?? painNow, morning, null, null, RunActivity.None, null, null, null, [], null, [], false);

    /// <summary>A check-in reporting warning signs (safety-question ids answered yes).</summary>
    public static CheckIn Flags(int day, bool cleared = false, params string[] yes) =>
        new(Day(day), 3, 4, null, null, null, RunActivity.None, null, null, null, [], null, yes, cleared);
}
