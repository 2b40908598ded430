using PiriformisRehab.Domain.Questions;

namespace PiriformisRehab.Domain.Rules;

/// <summary>The triage table of spec section 3 as amended by 5.3-5.6: red flags first, then the routine-review rules.</summary>
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

    /// <summary>Below this age the plan waits for a doctor (spec 5.5; NICE NG59 covers over-16s).</summary>
    public const int AdultFromAge = 16;

    /// <summary>True when the runner is under 16 (age given and below <see cref="AdultFromAge"/>).</summary>
    public static bool IsUnder16(Answers a)
    {
        ArgumentNullException.ThrowIfNull(a);
        return a.Age < AdultFromAge;
    }

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
            || NeedsReview(differentials)
            || BoneStressRules.Applies(a)
            || IsUnder16(a);
        return routine ? Triage.Routine : Triage.SelfCare;
    }

    // A likely differential, or any of the four v1.1 differentials whose advice is a GP or physio review.
    private static bool NeedsReview(IReadOnlyList<Differential> differentials)
    {
        foreach (var d in differentials)
        {
            if (d.Strength == Strength.Likely || DifferentialRules.NeedsReview(d.Id))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How soon to act: the most urgent flag's timeframe, or the level's own (spec 5.3).</summary>
    public static Timeframe TimeframeOf(Triage triage, IReadOnlyList<RedFlag> redFlags)
    {
        ArgumentNullException.ThrowIfNull(redFlags);
        if (triage is Triage.Emergency or Triage.Urgent && redFlags.Count > 0)
        {
            var most = redFlags[0].Timeframe;
            foreach (var f in redFlags)
            {
                most = f.Timeframe < most ? f.Timeframe : most;
            }

            return most;
        }

        return DefaultTimeframe(triage);
    }

    /// <summary>The timeframe a triage level has on its own (and the one a result saved before v1.1 reads as).</summary>
    public static Timeframe DefaultTimeframe(Triage triage) => triage switch
    {
        Triage.Emergency => Timeframe.Now,
        Triage.Urgent => Timeframe.Within48Hours,
        Triage.Routine => Timeframe.WithinWeeks,
        _ => Timeframe.None,
    };

    /// <summary>The heading a result or a check-in's warning leads with, naming how soon.</summary>
    public static string HeadingFor(Triage triage, Timeframe timeframe) => (triage, timeframe) switch
    {
        (Triage.Emergency, _) => "Get emergency help now",
        (Triage.Urgent, Timeframe.SameDay) => "See a doctor today",
        (Triage.Urgent, _) => "See a doctor within 24-48 hours",
        (Triage.Routine, _) => "Book a physio or GP review",
        _ => "You can start looking after this yourself",
    };

    private const string RoutineAdvice =
        "Book a review with a physio or GP in the next 1-2 weeks. Meanwhile you can look after yourself with the advice below.";

    private const string Under16Advice =
        "See a GP or sports-medicine doctor in the next 1-2 weeks, before you start the exercises: under 16, pain here can come from a growth-plate injury where a muscle pulls on the bone, a stress fracture in the lower back, or an infection, which need checking first.";

    private const string SelfCareAdvice =
        "Follow the plan below. If you are no better in 6 weeks, or you get worse, see a physio or GP.";

    /// <summary>What the runner is told to do for each level (urgent: within 24-48 hours).</summary>
    public static string AdviceFor(Triage triage) => AdviceFor(triage, DefaultTimeframe(triage), under16: false);

    /// <summary>What the runner is told to do, naming the route for urgent results (spec 5.3) and the doctor for under-16s (5.5).</summary>
    public static string AdviceFor(Triage triage, Timeframe timeframe, bool under16) => triage switch
    {
        Triage.Emergency => RedFlagRules.EmergencyAction,
        Triage.Urgent => timeframe == Timeframe.SameDay ? RedFlagRules.SameDayAction : RedFlagRules.Within48HoursAction,
        Triage.Routine => under16 ? Under16Advice : RoutineAdvice,
        _ => SelfCareAdvice,
    };
}
