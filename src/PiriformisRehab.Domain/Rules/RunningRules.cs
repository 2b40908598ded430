using PiriformisRehab.Domain.Questions;

namespace PiriformisRehab.Domain.Rules;

/// <summary>
/// Running and sitting advice. Any red flag stops running until a clinician has seen the runner,
/// not only the two stress-fracture questions: the emergency action says "do not exercise" and an
/// urgent review should come before impact loading.
/// </summary>
public static class RunningRules
{
    private const string StopForFracture =
        "Stop running now. Pain on impact that grows run by run can be a stress fracture, and running on it can make it much worse. Walk only as far as is comfortable until a doctor has checked it.";

    private const string StopForRedFlag =
        "Do not run until a doctor has checked the warning sign above. Running can wait; getting the right care cannot.";

    private const string KeepRunning =
        "You can keep running. Warm up first with gentle hip mobility and glute activation, and stop the run if the pain starts to build.";

    private const string Reduce =
        "Cut back your running and use pain as your guide: up to 5/10 during a run is acceptable if it has settled by the next morning and is not building week to week. If it is, drop back a step.";

    private const string WalkRun =
        "Start a walk-run programme once you can walk briskly for 30 minutes without pain. Begin with short running intervals, keep a rest day between runs, and move on only when the pain stays low and settles by the next morning.";

    /// <summary>The running advice for these answers.</summary>
    public static RunningAdvice RunningFor(Answers a, IReadOnlyList<RedFlag> redFlags)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(redFlags);
        if (a.GroinPainWeightBearing || a.PainOnImpact)
        {
            return new RunningAdvice(RunningAdviceKind.StopRunning, StopForFracture);
        }

        if (redFlags.Count > 0)
        {
            return new RunningAdvice(RunningAdviceKind.StopRunning, StopForRedFlag);
        }

        // Running status not given: the pain-monitoring rules are safe guidance for anyone still running.
        return a.RunningStatus switch
        {
            RunningStatus.RunningPainFree => new RunningAdvice(RunningAdviceKind.KeepRunning, KeepRunning),
            RunningStatus.Stopped => new RunningAdvice(RunningAdviceKind.WalkRunReturn, WalkRun),
            _ => new RunningAdvice(RunningAdviceKind.Reduce, Reduce),
        };
    }

    /// <summary>Below this comfortable sitting time (minutes) the break interval is personalised.</summary>
    public const int PersonalBreakBelowMinutes = 30;

    private const string Sitting =
        "Break up sitting every 20-30 minutes: stand, walk a few steps, then sit again. Avoid low or bucket seats that put your hips below your knees, such as some car seats and sofas.";

    /// <summary>The sitting advice, personalised when sitting is comfortable for less than 30 minutes.</summary>
    public static SittingAdvice SittingFor(Answers a)
    {
        ArgumentNullException.ThrowIfNull(a);
        return a.SittingToleranceMinutes switch
        {
            0 => new SittingAdvice(Sitting + " You said sitting hurts straight away, so for now keep sitting short, use a firm, higher seat or a cushion that takes weight off the sore side, and stand or lie down when you can."),
            int minutes when minutes < PersonalBreakBelowMinutes =>
                new SittingAdvice(Sitting + $" You said sitting is comfortable for about {minutes} minutes, so stand up a little before that, rather than waiting for the pain."),
            _ => new SittingAdvice(Sitting),
        };
    }
}
