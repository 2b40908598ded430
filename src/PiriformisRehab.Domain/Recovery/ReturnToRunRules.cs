using System.Globalization;

namespace PiriformisRehab.Domain.Recovery;

/// <summary>
/// The way back to running (pain-monitoring model, Silbernagel 2007): a brisk-walk readiness
/// test, then walk-run phases. A walk or run counts only when pain during it is at most 5/10, the
/// next morning is not worse and the worst pain since the last check-in is below 7/10; otherwise
/// it is a flare-up and drops back a phase (spec 5.11 c). A run also needs a rest day since the
/// last run and run pain not building week to week; each phase counts twice before the next.
/// After any lifted pause running restarts at the walk test, and a diary from an uncleared
/// stop-running result counts the walk test only after a doctor's clearance (5.11 d, e). After the
/// last phase, volume grows by about 10% a week.
/// </summary>
public static class ReturnToRunRules
{
    /// <summary>Follows the runs and walks of the sessions that count, in date order.</summary>
    public static ReturnToRunStatus Follow(IReadOnlyList<CheckIn> sessions, WalkRunPlan plan, DateOnly today, RunRestarts? restarts = null)
    {
        ArgumentNullException.ThrowIfNull(sessions);
        ArgumentNullException.ThrowIfNull(plan);
        restarts ??= RunRestarts.None;
        var lifts = 0;
        var cleared = !restarts.NeedsClearance;
        var stage = RunStage.Gate;
        var phase = 0; // index into plan.Phases
        var times = 0;
        var decision = StepDecision.Start;
        var reason = plan.GateText;
        var warnings = new List<string>();
        DateOnly? lastRun = null;

        for (var i = 0; i < sessions.Count; i++)
        {
            var s = sessions[i];
            var sessionLifts = i < restarts.Lifts.Count ? restarts.Lifts[i] : lifts;
            if (sessionLifts > lifts)
            {
                lifts = sessionLifts;
                (stage, phase, times, decision, reason) = Restart(plan);
            }

            // A clearance counts from the next session on, as when it lifts a pause.
            var clearedBefore = cleared;
            cleared |= s.ClinicianCleared;
            if (s.Activity == RunActivity.None)
            {
                continue;
            }

            warnings.Clear();
            var noRestDay = s.Ran && lastRun is DateOnly previous && s.SessionDate <= previous.AddDays(1);
            if (s.Ran)
            {
                lastRun = s.SessionDate;
            }

            if (FlareCause(s, plan) is { } cause)
            {
                times = 0;
                decision = StepDecision.Down;
                (stage, phase, reason) = stage switch
                {
                    RunStage.BuildingVolume => (RunStage.WalkRun, plan.Phases.Count - 1, $"A flare-up after {What(s)} ({cause}): back to the last walk-run phase until it settles twice."),
                    RunStage.WalkRun when phase > 0 => (RunStage.WalkRun, phase - 1, $"A flare-up after {What(s)} ({cause}): back one phase until it settles twice."),
                    RunStage.WalkRun => (RunStage.Gate, 0, $"A flare-up after {What(s)} ({cause}): back to brisk walking until a 30-minute walk is pain-free again."),
                    _ => (RunStage.Gate, 0, $"The walk flared your symptoms ({cause}). Keep walking shorter distances and try the test again when settled."),
                };
                continue;
            }

            decision = StepDecision.Hold;
            switch (s.Activity)
            {
                case RunActivity.BriskWalk when stage == RunStage.Gate && !clearedBefore:
                    reason = "The walk test counts once a doctor has examined you and said you can exercise. Say so at a check-in, then do the test at the next one.";
                    break;
                case RunActivity.BriskWalk when stage == RunStage.Gate:
                    if (s.RunMinutes >= plan.GateMinutes && s.RunPain == 0)
                    {
                        (stage, phase, times, decision) = (RunStage.WalkRun, 0, 0, StepDecision.Up);
                        reason = "Readiness test passed: a brisk walk of 30 minutes or more without pain, no worse the next morning. Start the first walk-run phase.";
                    }
                    else
                    {
                        reason = s.RunMinutes < plan.GateMinutes
                            ? Invariant($"Walk briskly for {plan.GateMinutes} minutes to pass the test (this walk was {s.RunMinutes}).")
                            : "The walk was not yet pain-free. Keep walking and try again when it is.";
                    }

                    break;
                case RunActivity.BriskWalk:
                    reason = "Brisk walks are a good addition; they do not change your running phase.";
                    break;
                case RunActivity.WalkRun or RunActivity.ContinuousRun when stage == RunStage.Gate:
                    warnings.Add("Pass the brisk-walk test before running: 30 minutes of brisk walking without pain.");
                    reason = plan.GateText;
                    break;
                case RunActivity.WalkRun when stage == RunStage.WalkRun && s.WalkRunPhase != phase + 1:
                    warnings.Add(Invariant($"You did phase {s.WalkRunPhase}; your current phase is {phase + 1}. Only the current phase counts."));
                    reason = Invariant($"Keep to phase {phase + 1}.");
                    break;
                case RunActivity.ContinuousRun when stage == RunStage.WalkRun && !CountsAsPhase(s, plan.Phases[phase]):
                    warnings.Add(Invariant($"Keep to the walk-run phases for now; continuous running comes after phase {plan.Phases.Count}."));
                    reason = Invariant($"Keep to phase {phase + 1}.");
                    break;
                default:
                    var problem = Problem(s, sessions, i, plan, noRestDay);
                    if (problem is not null)
                    {
                        warnings.Add(problem);
                        reason = "This run did not count: " + Lower(problem);
                    }
                    else if (stage == RunStage.WalkRun && ++times >= plan.TimesPerPhase)
                    {
                        times = 0;
                        decision = StepDecision.Up;
                        if (phase + 1 < plan.Phases.Count)
                        {
                            phase++;
                            reason = Invariant($"Moved on to phase {phase + 1}: the last phase went well {plan.TimesPerPhase} times.");
                        }
                        else
                        {
                            stage = RunStage.BuildingVolume;
                            reason = Invariant($"Walk-run phases done. Build up by about {plan.WeeklyIncreasePercent}% more running a week, with a rest day between runs.");
                        }
                    }
                    else
                    {
                        reason = stage == RunStage.WalkRun
                            ? Invariant($"That run counted ({times} of {plan.TimesPerPhase} at this phase).")
                            : Invariant($"Good run. Keep adding about {plan.WeeklyIncreasePercent}% a week.");
                    }

                    break;
            }
        }

        if (restarts.LiftsNow > lifts)
        {
            // A pause lifted since the last session: the next walk or run starts again at the test.
            (stage, phase, times, decision, reason) = Restart(plan);
        }

        int? week = null, next = null;
        if (stage == RunStage.BuildingVolume)
        {
            week = sessions.Where(s => s.Ran && s.SessionDate > today.AddDays(-7) && s.SessionDate <= today).Sum(s => s.RunMinutes ?? 0);
            var basis = Math.Max(week.Value, plan.Phases[^1].RunMinutes);
            next = (int)Math.Round(basis * (100 + plan.WeeklyIncreasePercent) / 100.0, MidpointRounding.AwayFromZero);
        }

        return new ReturnToRunStatus(stage, stage == RunStage.WalkRun ? plan.Phases[phase] : null, times, decision, reason, week, next, warnings);
    }

    /// <summary>Why a run at the right phase does not count, or null when it does.</summary>
    private static string? Problem(CheckIn s, IReadOnlyList<CheckIn> sessions, int index, WalkRunPlan plan, bool noRestDay)
    {
        if (noRestDay)
        {
            return "Leave a rest day between runs.";
        }

        if (Building(sessions, index))
        {
            return "Pain during runs is higher than the week before. Hold this phase until it stops building.";
        }

        return null;
    }

    /// <summary>True when the worst run pain of the 7 days up to this run beats that of the 7 days before.</summary>
    internal static bool Building(IReadOnlyList<CheckIn> sessions, int index)
    {
        var day = sessions[index].SessionDate;
        int? thisWeek = null, lastWeek = null;
        for (var i = 0; i <= index; i++)
        {
            var s = sessions[i];
            if (!s.Ran || s.RunPain is not int pain)
            {
                continue;
            }

            if (s.SessionDate > day.AddDays(-7))
            {
                thisWeek = Math.Max(thisWeek ?? 0, pain);
            }
            else if (s.SessionDate > day.AddDays(-14))
            {
                lastWeek = Math.Max(lastWeek ?? 0, pain);
            }
        }

        return thisWeek > lastWeek;
    }

    /// <summary>Worst pain since the last check-in at or above which a walk or run is a flare-up (spec 5.11 c).</summary>
    public const int FlareWorstPain = 7;

    /// <summary>Why this walk or run is a flare-up, or null when it is not (spec 5.11 c).</summary>
    private static string? FlareCause(CheckIn s, WalkRunPlan plan)
    {
        if (s.FlaredUp)
        {
            return "worse the next morning";
        }

        if (s.RunPain > plan.MaxRunPain)
        {
            return Invariant($"pain {s.RunPain}/10 during it, above {plan.MaxRunPain}/10");
        }

        return s.PainWorst >= FlareWorstPain ? Invariant($"worst pain {s.PainWorst}/10 since the last check-in") : null;
    }

    private static (RunStage, int, int, StepDecision, string) Restart(WalkRunPlan plan) =>
        (RunStage.Gate, 0, 0, StepDecision.Start, "After the pause, running starts again with the walk test: " + Lower(plan.GateText));

    private static string What(CheckIn s) => s.Ran ? "running" : "a walk";

    /// <summary>A continuous run of at least a continuous phase's length is that phase, however it was logged.</summary>
    private static bool CountsAsPhase(CheckIn s, WalkRunPhase phase) => phase.RunMinutes == phase.TotalMinutes && s.RunMinutes >= phase.RunMinutes;

    private static string Lower(string text) => char.ToLowerInvariant(text[0]) + text[1..];

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
