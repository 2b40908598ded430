namespace PiriformisRehab.Domain.Recovery;

/// <summary>One alert a self-directed runner sees about their own diary, with what to do.</summary>
/// <param name="Kind">What raised it (the physio's concern kinds, plus the timeline's see-your-physio verdict as <see cref="RunnerAlertKind.SeePhysio"/>).</param>
/// <param name="Text">What the diary shows.</param>
/// <param name="WhatToDo">The action, in plain words.</param>
public sealed record RunnerAlert(RunnerAlertKind Kind, string Text, string WhatToDo);

/// <summary>Why a self-directed runner is alerted (spec 5.11 g).</summary>
public enum RunnerAlertKind
{
    /// <summary>Worst pain 7/10 or more at the latest check-in.</summary>
    HighPain,
    /// <summary>Worse the next morning after the last two sessions.</summary>
    RepeatedFlareUps,
    /// <summary>The timeline re-estimate says: no meaningful improvement after six weeks, or clearly worse.</summary>
    SeePhysio,
}

/// <summary>
/// Spec 5.11 g: a runner with no physio watching is shown the alerts a physio would have had
/// (pain 7+, two flare-ups in a row, the see-your-physio verdict), each with what to do. A warning
/// sign is not here: it pauses the plan and leads the page with its own advice.
/// </summary>
public static class RunnerAlertRules
{
    /// <summary>The runner's alerts for a diary's picture, most pressing first.</summary>
    public static IReadOnlyList<RunnerAlert> For(RecoveryPicture picture)
    {
        ArgumentNullException.ThrowIfNull(picture);
        var alerts = new List<RunnerAlert>();
        if (picture.Concerns.FirstOrDefault(c => c.Kind == ConcernKind.HighPain) is { } pain)
        {
            alerts.Add(new(RunnerAlertKind.HighPain, pain.Text,
                "Ease off: go back to the exercise stage that felt comfortable and do no running until your pain is below 5/10 for a few days. If it stays at 7/10 or more for more than three days, or keeps you awake, see a physiotherapist or doctor."));
        }

        if (picture.Concerns.Any(c => c.Kind == ConcernKind.RepeatedFlareUps))
        {
            alerts.Add(new(RunnerAlertKind.RepeatedFlareUps, "You were worse the next morning after your last two sessions.",
                "Take two easier days, then carry on at the lower stage your diary has moved you to. If the next session flares up too, see a physiotherapist to check the plan."));
        }

        if (picture.Timeline.Trend == RecoveryTrend.SeePhysio)
        {
            alerts.Add(new(RunnerAlertKind.SeePhysio, picture.Timeline.Text,
                "Book a physiotherapist or your doctor: when pain has not clearly improved after six weeks of the plan, the cause or the plan needs checking."));
        }

        return alerts;
    }
}
