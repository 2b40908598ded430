namespace PiriformisRehab.Domain.Recovery;

/// <summary>One followed programme's diary as the patient-level rules read it.</summary>
/// <param name="Concerns">The programme's concerns from <see cref="ConcernRules.For"/>, most serious first.</param>
/// <param name="LastSeen">The latest check-in's session date, or the day the programme was made when it has none.</param>
/// <param name="CanCheckIn">True while the patient holds a usable link to this programme.</param>
public sealed record FollowedDiary(IReadOnlyList<Concern> Concerns, DateOnly LastSeen, bool CanCheckIn);

/// <summary>
/// How a patient's programmes add up to one row of the physio's list: one concern per kind over the
/// followed programmes, and the order of the list (docs/clinical-basis.md, "Recovery diary: the
/// physio's view").
/// </summary>
public static class PatientConcernRules
{
    private static readonly ConcernKind[] PerProgramme = [ConcernKind.RedFlag, ConcernKind.HighPain, ConcernKind.RepeatedFlareUps];

    /// <summary>
    /// One concern per kind, most serious first; each kind's text comes from the diary seen most
    /// recently. "No check-in" is a patient-level silence: it is raised only when every programme the
    /// patient can still check in to is quiet, so a new programme, or a patient logging on another
    /// programme, does not look silent.
    /// </summary>
    public static IReadOnlyList<Concern> Merge(IEnumerable<FollowedDiary> followed)
    {
        ArgumentNullException.ThrowIfNull(followed);
        var latestFirst = followed.OrderByDescending(d => d.LastSeen).ToList();
        var concerns = new List<Concern>();
        foreach (var kind in PerProgramme)
        {
            if (latestFirst.SelectMany(d => d.Concerns).FirstOrDefault(c => c.Kind == kind) is { } concern)
            {
                concerns.Add(concern);
            }
        }

        var open = latestFirst.Where(d => d.CanCheckIn).ToList();
        if (open.Count > 0 && open.All(d => d.Concerns.Any(c => c.Kind == ConcernKind.NoRecentCheckIn)))
        {
            concerns.Add(open[0].Concerns.First(c => c.Kind == ConcernKind.NoRecentCheckIn));
        }

        return concerns;
    }

    /// <summary>
    /// The physio's list order: most serious concern first (red flag, pain 7+, two flare-ups, 14 days
    /// quiet, none), then more concerns, then the most recent check-in. Patients whose alerts were
    /// all acknowledged come after every patient with an unacknowledged alert and before those with
    /// none, until a new alert arrives (spec 5.11 h).
    /// </summary>
    public static IOrderedEnumerable<T> OrderByConcern<T>(IEnumerable<T> patients, Func<T, IReadOnlyList<Concern>> concerns, Func<T, DateOnly?> lastCheckIn, Func<T, bool>? acknowledged = null)
    {
        ArgumentNullException.ThrowIfNull(patients);
        ArgumentNullException.ThrowIfNull(concerns);
        ArgumentNullException.ThrowIfNull(lastCheckIn);
        acknowledged ??= _ => false;
        return patients
            .OrderBy(p => concerns(p).Count == 0 ? 2 : acknowledged(p) ? 1 : 0)
            .ThenBy(p => ConcernRules.SortKey(concerns(p)))
            .ThenByDescending(p => lastCheckIn(p) ?? DateOnly.MinValue);
    }
}
