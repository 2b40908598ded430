using PiriformisRehab.Domain.Questions;

namespace PiriformisRehab.Domain.Rules;

/// <summary>The triage table of spec section 3: red flags first, then the routine-review rules.</summary>
public static class TriageRules
{
    /// <summary>Pain (the higher of now and worst) at or above which the routine rules fire.</summary>
    public const int RoutinePain = 4;

    /// <summary>Symptoms lasting this many weeks or more warrant a review.</summary>
    public const int RoutineDurationWeeks = 12;

    /// <summary>Age above which new pain warrants a review (with pain and a short history).</summary>
    public const int RoutineAgeAbove = 50;

    /// <summary>Duration below which pain in an older runner counts as new.</summary>
    public const int NewPainWeeks = 6;

    /// <summary>The triage level. Rules whose number was not given do not fire.</summary>
    public static Triage Evaluate(Answers a, IReadOnlyList<RedFlag> redFlags, Likelihood likelihood, IReadOnlyList<Differential> differentials)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(redFlags);
        ArgumentNullException.ThrowIfNull(likelihood);
        ArgumentNullException.ThrowIfNull(differentials);

        if (redFlags.Count > 0)
        {
            // The table lists emergency flags first, so the first flag's level is the highest.
            return redFlags[0].Level == ConcernLevel.Emergency ? Triage.Emergency : Triage.Urgent;
        }

        var pain = a.HighestPain;
        var routine =
            (likelihood.Band == LikelihoodBand.Low && pain >= RoutinePain)
            || a.DurationWeeks >= RoutineDurationWeeks
            || (a.Age > RoutineAgeAbove && a.DurationWeeks < NewPainWeeks && pain >= RoutinePain)
            || AnyLikely(differentials);
        return routine ? Triage.Routine : Triage.SelfCare;
    }

    private static bool AnyLikely(IReadOnlyList<Differential> differentials)
    {
        foreach (var d in differentials)
        {
            if (d.Strength == Strength.Likely)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>What the runner is told to do for each level.</summary>
    public static string AdviceFor(Triage triage) => triage switch
    {
        Triage.Emergency => "Go to an emergency department now, or call your local emergency number. Do not exercise.",
        Triage.Urgent => "See a doctor within 24-48 hours, before you start the exercise plan.",
        Triage.Routine => "Book a review with a physio or GP. Meanwhile you can look after yourself with the advice below.",
        _ => "Follow the plan below. If you are no better in 6 weeks, or you get worse, see a physio or GP.",
    };
}
