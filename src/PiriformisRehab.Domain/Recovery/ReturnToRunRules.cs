using System.Globalization;

namespace PiriformisRehab.Domain.Recovery;

/// <summary>
/// The way back to running (pain-monitoring model, Silbernagel 2007): a brisk-walk readiness
/// test, then walk-run phases. A phase counts when pain during the run is at most 5/10, it has
/// settled by the next morning, run pain is not building week to week and there was a rest day
/// since the last run; each phase counts twice before the next. A flare-up drops back a phase.
/// After the last phase, volume grows by about 10% a week.
/// </summary>
public static class ReturnToRunRules
{
    /// <summary>Follows the runs and walks of the sessions that count, in date order.</summary>
    public static ReturnToRunStatus Follow(IReadOnlyList<CheckIn> sessions, WalkRunPlan plan, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(sessions);
        ArgumentNullException.ThrowIfNull(plan);
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

            if (s.FlaredUp)
            {
                times = 0;
                decision = StepDecision.Down;
                (stage, phase, reason) = stage switch
                {
                    RunStage.BuildingVolume => (RunStage.WalkRun, plan.Phases.Count - 1, $"A flare-up after {What(s)} (worse the next morning): back to the last walk-run phase until it settles twice."),
                    RunStage.WalkRun when phase > 0 => (RunStage.WalkRun, phase - 1, $"A flare-up after {What(s)} (worse the next morning): back one phase until it settles twice."),
                    RunStage.WalkRun => (RunStage.Gate, 0, $"A flare-up after {What(s)} (worse the next morning): back to brisk walking until a 30-minute walk is pain-free again."),
                    _ => (RunStage.Gate, 0, "The walk flared your symptoms (worse the next morning). Keep walking shorter distances and try the test again when settled."),
                };
                continue;
            }

            decision = StepDecision.Hold;
            switch (s.Activity)
            {
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

        if (s.RunPain > plan.MaxRunPain)
        {
            return Invariant($"Pain during the run was {s.RunPain}/10; up to {plan.MaxRunPain}/10 is acceptable if it settles by the next morning.");
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

    private static string What(CheckIn s) => s.Ran ? "running" : "a walk";

    /// <summary>A continuous run of at least a continuous phase's length is that phase, however it was logged.</summary>
    private static bool CountsAsPhase(CheckIn s, WalkRunPhase phase) => phase.RunMinutes == phase.TotalMinutes && s.RunMinutes >= phase.RunMinutes;

    private static string Lower(string text) => char.ToLowerInvariant(text[0]) + text[1..];

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
