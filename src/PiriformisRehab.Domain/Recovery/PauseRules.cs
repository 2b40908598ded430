using PiriformisRehab.Domain.Rules;

namespace PiriformisRehab.Domain.Recovery;

/// <summary>
/// A warning sign at a check-in pauses the plan. It stays paused until a later check-in with no
/// warning sign in which the runner says a doctor has seen them and cleared exercise: the app
/// cannot judge that a red flag has gone, only a clinician can.
/// </summary>
public static class PauseRules
{
    /// <summary>
    /// For each check-in (in session-date order), whether its session counts, and the pause in force
    /// now. The pause follows the order the check-ins were <em>logged</em> in
    /// (<see cref="CheckIn.RecordedAt"/>), not their session dates: a clearance logged before a
    /// warning sign (even one backdated to an earlier session) must never lift it.
    /// </summary>
    public static (IReadOnlyList<bool> Counts, Rescreen? PausedBy) Follow(IReadOnlyList<CheckIn> ordered)
    {
        var (counts, pausedBy, _, _) = FollowWithLifts(ordered);
        return (counts, pausedBy);
    }

    /// <summary>
    /// As <see cref="Follow"/>, and for each check-in how many pauses had been lifted when it was
    /// logged (<c>Lifts</c>), with the number lifted in all (<c>LiftsNow</c>): running restarts at
    /// the walk test after every lift (spec 5.11 d).
    /// </summary>
    public static (IReadOnlyList<bool> Counts, Rescreen? PausedBy, IReadOnlyList<int> Lifts, int LiftsNow) FollowWithLifts(IReadOnlyList<CheckIn> ordered)
    {
        ArgumentNullException.ThrowIfNull(ordered);
        var counts = new bool[ordered.Count];
        var lifts = new int[ordered.Count];
        var lifted = 0;
        Rescreen? pausedBy = null;
        // OrderBy is stable: check-ins with the same (or no) logging time keep their session order.
        foreach (var i in Enumerable.Range(0, ordered.Count).OrderBy(i => ordered[i].RecordedAt))
        {
            var check = ordered[i];
            lifts[i] = lifted;
            var rescreen = RedFlagRescreen.Evaluate(check.RedFlagAnswers);
            if (rescreen.HasRedFlag)
            {
                // A newer, milder sign must not hide an uncleared emergency: keep every sign reported since the pause began.
                pausedBy = pausedBy is null ? rescreen : Combine(pausedBy, rescreen);
                continue; // A session logged with a warning sign never moves a ladder.
            }

            if (pausedBy is not null)
            {
                if (check.ClinicianCleared)
                {
                    pausedBy = null; // Cleared from the next session on; this one was done while paused.
                    lifted++;
                }

                continue;
            }

            counts[i] = true;
        }

        return (counts, pausedBy, lifts, lifted);
    }

    /// <summary>The signs of both re-screens, most serious first, with the advice of the most serious.</summary>
    internal static Rescreen Combine(Rescreen earlier, Rescreen later)
    {
        var flags = earlier.Flags.Concat(later.Flags)
            .DistinctBy(f => (f.Id, f.Level))
            .OrderBy(f => f.Level) // Emergency sorts before urgent; OrderBy is stable within a level.
            .ToList();
        var triage = earlier.Triage <= later.Triage ? earlier.Triage : later.Triage;
        return new Rescreen(triage, flags, TriageRules.AdviceFor(triage, TriageRules.TimeframeOf(triage, flags), under16: false));
    }
}
