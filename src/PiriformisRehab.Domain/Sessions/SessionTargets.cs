using PiriformisRehab.Domain.Plans;

namespace PiriformisRehab.Domain.Sessions;

/// <summary>Which end of each dose range the follow-along session counts to.</summary>
public enum DoseLevel
{
    /// <summary>The low end: where the plan says to start (docs/clinical-basis.md section 20).</summary>
    Low,

    /// <summary>The top of each range, once the low end feels easy.</summary>
    High,
}

/// <summary>
/// What the follow-along session counts for one exercise at one level: sets (or holds), each done
/// once per side, of so many repetitions or a hold of so many seconds. Taken from the structured
/// dose only, so the counter and the timer can never say a number the dose text does not.
/// </summary>
/// <param name="Sets">Sets, or holds for a timed exercise.</param>
/// <param name="Reps">Repetitions per set; null for a hold.</param>
/// <param name="HoldSeconds">Seconds per hold; null for repetitions.</param>
/// <param name="Sides">2 when the dose is "each side" (every set on one side, then the other), else 1.</param>
public sealed record SessionStep(int Sets, int? Reps, int? HoldSeconds, int Sides)
{
    /// <summary>Rounds in the exercise: each set on each side.</summary>
    public int Rounds => Sets * Sides;
}

/// <summary>The session's targets for a structured dose.</summary>
public static class SessionTargets
{
    /// <summary>The dose's "where" that means every set is done on both sides.</summary>
    public const string EachSide = "each side";

    /// <summary>The counts at one end of each of the dose's ranges.</summary>
    public static SessionStep At(Dose dose, DoseLevel level)
    {
        ArgumentNullException.ThrowIfNull(dose);
        int Pick(DoseRange range) => level == DoseLevel.Low ? range.Min : range.Max;
        return new SessionStep(
            Pick(dose.Sets),
            dose.Reps is { } reps ? Pick(reps) : null,
            dose.HoldSeconds is { } hold ? Pick(hold) : null,
            string.Equals(dose.Where, EachSide, StringComparison.Ordinal) ? 2 : 1);
    }
}
