using PiriformisRehab.Domain.Plans;

namespace PiriformisRehab.Domain.Recovery;

/// <summary>
/// The exercise ladders. Move up a stage after two good sessions in a row (pain during the
/// exercises at most 3/10 and settled by the next morning); drop back a stage on a flare-up
/// (worse the next morning) and hold there until two sessions in a row are good again.
/// Sources: docs/clinical-basis.md, "Progression".
/// </summary>
public static class ProgressionRules
{
    /// <summary>Highest pain during the exercises that still counts as a good session.</summary>
    public const int MaxExercisePain = 3;

    /// <summary>Good sessions in a row needed to move up.</summary>
    public const int GoodSessionsToMoveUp = 2;

    /// <summary>Worst pain at or above which irritability is high (Kelley 2013): no session counts as good.</summary>
    public const int HighIrritabilityPain = 7;

    /// <summary>
    /// What one session means for the ladder of <paramref name="category"/>. A flare-up after any
    /// exercise of the category counts against it; only a session that included the current
    /// stage's exercise (<paramref name="currentId"/>, when given) can count towards moving up,
    /// because easier exercises going well say nothing about the current one.
    /// </summary>
    public static SessionVerdict Judge(CheckIn check, ExerciseCategory category, string? currentId = null)
    {
        ArgumentNullException.ThrowIfNull(check);
        ArgumentNullException.ThrowIfNull(category);
        if (!DidAny(check, category))
        {
            return SessionVerdict.NotDone;
        }

        if (check.FlaredUp)
        {
            return SessionVerdict.FlareUp;
        }

        if (currentId is not null && !Did(check, currentId))
        {
            return SessionVerdict.NotDone;
        }

        var settled = check.MorningAfter is MorningAfter.Better or MorningAfter.Same;
        return settled && check.ExercisePain <= MaxExercisePain && check.PainWorst < HighIrritabilityPain
            ? SessionVerdict.Good
            : SessionVerdict.Hold;
    }

    /// <summary>Follows one ladder through the sessions that count, in date order.</summary>
    public static LadderPosition Follow(ExerciseCategory category, int startStage, IReadOnlySet<string> skip, IEnumerable<CheckIn> sessions)
    {
        ArgumentNullException.ThrowIfNull(category);
        ArgumentNullException.ThrowIfNull(skip);
        ArgumentNullException.ThrowIfNull(sessions);
        var ladder = category.Exercises.Where(e => !skip.Contains(e.Id)).ToList();
        if (ladder.Count == 0)
        {
            throw new ArgumentException($"Every exercise of {category.Id} is skipped: that ladder is not followed.", nameof(skip));
        }

        var at = Math.Max(0, ladder.FindLastIndex(e => e.Stage <= startStage));
        var streak = 0;
        var decision = StepDecision.Start;
        // The reason text is built once at the end from the last session that counted, not per session.
        SessionVerdict? lastVerdict = null;
        CheckIn? last = null;
        var flareAtBottom = false;
        DateOnly? lastGoodDay = null;
        foreach (var session in sessions)
        {
            var verdict = Judge(session, category, ladder[at].Id);
            // Two entries for one day (a second check-in, a double-tapped Save) are one session, not two in a row.
            if (verdict == SessionVerdict.NotDone || (verdict == SessionVerdict.Good && session.SessionDate == lastGoodDay))
            {
                continue;
            }

            lastGoodDay = verdict == SessionVerdict.Good ? session.SessionDate : null;

            (lastVerdict, last) = (verdict, session);
            switch (verdict)
            {
                case SessionVerdict.Good when streak + 1 >= GoodSessionsToMoveUp && at + 1 < ladder.Count:
                    at++;
                    streak = 0;
                    decision = StepDecision.Up;
                    break;
                case SessionVerdict.Good:
                    streak++;
                    decision = StepDecision.Hold;
                    break;
                case SessionVerdict.Hold:
                    streak = 0;
                    decision = StepDecision.Hold;
                    break;
                default:
                    streak = 0;
                    decision = StepDecision.Down;
                    flareAtBottom = at == 0;
                    at = Math.Max(0, at - 1);
                    break;
            }
        }

        var reason = (lastVerdict, decision) switch
        {
            (null, _) => "Your starting stage, from your plan.",
            (_, StepDecision.Up) => $"Moved up to {ladder[at].Name}: {GoodSessionsToMoveUp} sessions in a row with pain during the exercises at {MaxExercisePain}/10 or less, settled by the next morning.",
            (SessionVerdict.Good, _) when at + 1 == ladder.Count => "You are at the top of this ladder. Keep it up at this level; your physio can add load.",
            (SessionVerdict.Good, _) => $"A good session. {GoodSessionsToMoveUp - streak} more like it in a row and you move up.",
            (SessionVerdict.Hold, _) when last!.PainWorst >= HighIrritabilityPain => $"Stay at this stage: your worst pain was {last.PainWorst}/10, so your symptoms are easily stirred up for now.",
            (SessionVerdict.Hold, _) => $"Stay at this stage: pain during the exercises was above {MaxExercisePain}/10. Ease the dose until it stays at {MaxExercisePain} or less.",
            _ when flareAtBottom => $"A flare-up (worse the next morning): stay at {ladder[at].Name} and ease the dose until {GoodSessionsToMoveUp} sessions in a row settle.",
            _ => $"Back to {ladder[at].Name} after a flare-up (worse the next morning). Stay here until {GoodSessionsToMoveUp} sessions in a row settle.",
        };

        return new LadderPosition(category.Id, category.Title, ladder[at], at + 1 < ladder.Count ? ladder[at + 1] : null, streak, decision, reason);
    }

    private static bool DidAny(CheckIn check, ExerciseCategory category)
    {
        // Plain loops: this runs for every check-in and ladder each time a diary is read.
        foreach (var done in check.ExercisesDone)
        {
            foreach (var exercise in category.Exercises)
            {
                if (string.Equals(done, exercise.Id, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool Did(CheckIn check, string exerciseId)
    {
        foreach (var done in check.ExercisesDone)
        {
            if (string.Equals(done, exerciseId, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
