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
        var pause = FollowAll(ordered, DiaryEvents.None, PauseLifter.Runner);
        return (pause.Counts, pause.PausedBy, pause.Lifts, pause.LiftsNow);
    }

    /// <summary>
    /// The pause over check-ins, warning signs reported alone and physio resumes, in the order they
    /// happened (spec 5.11 a, f). A sign reported alone pauses like a check-in's. Who lifts the pause
    /// depends on the diary: in a self-directed one the runner's "a doctor has cleared me" at a later
    /// check-in; in a physio's programme only a resume logged after the latest sign, while the
    /// patient's clearance is recorded (<see cref="PauseState.ClearanceReported"/>) for the physio.
    /// </summary>
    public static PauseState FollowAll(IReadOnlyList<CheckIn> ordered, DiaryEvents events, PauseLifter lifter)
    {
        ArgumentNullException.ThrowIfNull(ordered);
        ArgumentNullException.ThrowIfNull(events);
        var counts = new bool[ordered.Count];
        var lifts = new int[ordered.Count];
        var lifted = 0;
        var clearance = false;
        Rescreen? pausedBy = null;
        // One timeline: check-ins (0), signs alone (1), resumes (2). OrderBy is stable, so check-ins
        // with the same (or no) logging time keep their session order; at the same instant a sign
        // comes before a resume, which then never lifts a sign it could not have seen.
        var timeline = Enumerable.Range(0, ordered.Count).Select(i => (At: ordered[i].RecordedAt, Kind: 0, Index: i))
            .Concat(events.SignReports.Select((r, i) => (At: r.RecordedAt, Kind: 1, Index: i)))
            .Concat(events.Resumes.Select((r, i) => (At: r, Kind: 2, Index: i)))
            .OrderBy(e => e.At).ThenBy(e => e.Kind);
        foreach (var (_, kind, i) in timeline)
        {
            if (kind == 2)
            {
                if (lifter == PauseLifter.Physio && pausedBy is not null)
                {
                    (pausedBy, clearance) = (null, false);
                    lifted++;
                }

                continue;
            }

            var answers = kind == 1 ? events.SignReports[i].RedFlagAnswers : ordered[i].RedFlagAnswers;
            var rescreen = RedFlagRescreen.Evaluate(answers);
            if (kind == 0)
            {
                lifts[i] = lifted;
            }

            if (rescreen.HasRedFlag)
            {
                // A newer, milder sign must not hide an uncleared emergency: keep every sign reported since the pause began.
                pausedBy = pausedBy is null ? rescreen : Combine(pausedBy, rescreen);
                clearance = false; // A clearance reported before this sign does not cover it.
                continue; // A session logged with a warning sign never moves a ladder.
            }

            if (kind == 1)
            {
                continue;
            }

            var check = ordered[i];
            if (pausedBy is not null)
            {
                if (check.ClinicianCleared)
                {
                    if (lifter == PauseLifter.Runner)
                    {
                        pausedBy = null; // Cleared from the next session on; this one was done while paused.
                        lifted++;
                    }
                    else
                    {
                        clearance = true;
                    }
                }

                continue;
            }

            counts[i] = true;
        }

        return new PauseState(counts, pausedBy, lifts, lifted, clearance);
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

/// <summary>The pause as <see cref="PauseRules.FollowAll"/> reads it.</summary>
/// <param name="Counts">For each check-in (in the order given), whether its session counts.</param>
/// <param name="PausedBy">Every sign since the pause in force began, or null when not paused.</param>
/// <param name="Lifts">For each check-in, how many pauses had been lifted when it was logged.</param>
/// <param name="LiftsNow">How many pauses have been lifted in all.</param>
/// <param name="ClearanceReported">A physio's programme is paused and the patient has reported since the latest sign that a doctor cleared them.</param>
public sealed record PauseState(IReadOnlyList<bool> Counts, Rescreen? PausedBy, IReadOnlyList<int> Lifts, int LiftsNow, bool ClearanceReported);
