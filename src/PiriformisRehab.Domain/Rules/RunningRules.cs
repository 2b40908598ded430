using PiriformisRehab.Domain.Questions;

namespace PiriformisRehab.Domain.Rules;

/// <summary>
/// Running and sitting advice (spec sections 3, 5.4, 5.6, 5.7 and 5.10). Any red flag stops
/// running, not only the two stress-fracture questions; a cleared urgent result follows the usual
/// rules, except that after a stress-fracture flag running stays stopped until the diary's walk test.
/// </summary>
public static class RunningRules
{
    /// <summary>Said with every keepRunning, reduce and walkRunReturn advice (spec 5.7).</summary>
    public const string NerveStop =
        "Stop the run and get advice if pins and needles, numbness or weakness start during it.";

    private const string StopForFracture =
        "Stop running now. Pain on impact or on weight bearing can be a stress fracture, and running on it can make it much worse. Walk only as far as is comfortable until a doctor has checked it.";

    private const string StopForRedFlag =
        "Do not run until a doctor has checked the warning sign above. Running can wait; getting the right care cannot.";

    private const string StopUntilWalkTest =
        "Keep off running for now, even though a doctor has cleared you to exercise: after a possible stress fracture, running restarts only once a 30-minute brisk walk is pain-free (the walk test in your recovery diary), then by walk-run.";

    private const string KeepRunning =
        "You can keep running. Warm up first with gentle hip mobility and glute activation, and stop the run if the pain starts to build. " + NerveStop;

    private const string Reduce =
        "Cut back your running and use pain as your guide: up to 5/10 during a run is acceptable if it has settled by the next morning and is not building week to week. If it is, drop back a step. " + NerveStop;

    private const string ReduceEffortOnly =
        "Cut back your running. Your pain comes on at a certain effort, so stop the run as soon as it starts rather than running through it, keep to easy efforts that do not bring it on, and see a GP about it. " + NerveStop;

    private const string WalkRun =
        "Start a walk-run programme once you can walk briskly for 30 minutes without pain. Begin with short running intervals, keep a rest day between runs, and move on only when the pain stays low and settles by the next morning. " + NerveStop;

    private const string PauseThenWalkRun =
        "Pause running for now: your pain flares easily, so running through it is likely to set you back. Come back by walk-run once you can walk briskly for 30 minutes without pain, with short running intervals and a rest day between runs. " + NerveStop;

    private const string BoneStressWalkRun =
        "Pause running for now: you have more than one risk factor for a bone stress injury and you are running with pain. Come back by walk-run once you can walk briskly for 30 minutes without pain, and ask a doctor or physio about the risk factors. " + NerveStop;

    /// <summary>The running advice for these answers, flags, irritability and clearance.</summary>
    public static RunningAdvice RunningFor(Answers a, IReadOnlyList<RedFlag> redFlags, Irritability irritability, bool clinicianCleared)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(redFlags);
        if (redFlags.Count > 0)
        {
            var fracture = false;
            var emergency = false;
            foreach (var f in redFlags)
            {
                fracture |= RedFlagRules.IsStressFractureFlag(f.Id);
                emergency |= f.Level == ConcernLevel.Emergency;
            }

            // Red flags come first: an emergency, or an urgent result not yet cleared by a doctor, says stop (spec 5.4).
            if (emergency || !clinicianCleared)
            {
                return new RunningAdvice(RunningAdviceKind.StopRunning, fracture ? StopForFracture : StopForRedFlag);
            }

            if (fracture)
            {
                return new RunningAdvice(RunningAdviceKind.StopRunning, StopUntilWalkTest);
            }
        }

        if (BoneStressRules.Applies(a))
        {
            return new RunningAdvice(RunningAdviceKind.WalkRunReturn, BoneStressWalkRun);
        }

        // Running status not given: the pain-monitoring rules are safe guidance for anyone still running.
        return a.RunningStatus switch
        {
            RunningStatus.RunningPainFree => new RunningAdvice(RunningAdviceKind.KeepRunning, KeepRunning),
            RunningStatus.Stopped => new RunningAdvice(RunningAdviceKind.WalkRunReturn, WalkRun),
            RunningStatus.RunningWithPain when irritability == Irritability.High => new RunningAdvice(RunningAdviceKind.WalkRunReturn, PauseThenWalkRun),
            _ => EffortOnly(a) ? new RunningAdvice(RunningAdviceKind.Reduce, ReduceEffortOnly) : new RunningAdvice(RunningAdviceKind.Reduce, Reduce),
        };
    }

    // "Not sure" counts here too: the 5/10 allowance is never given to pain that may come from an artery.
    private static bool EffortOnly(Answers a) => a.YesOrNotSure(Answers.Bit.PainOnlyAtEffort);

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
