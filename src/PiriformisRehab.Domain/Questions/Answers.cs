namespace PiriformisRehab.Domain.Questions;

/// <summary>
/// A runner's validated answers. Yes/no questions default to no; numbers and choices default to
/// "not given" (null), so a rule whose number was not given does not fire (spec section 2).
/// </summary>
public sealed record Answers
{
#pragma warning disable CS1591 // Each property is the answer to the question with the same id (QuestionIds).
    public bool SaddleNumbness { get; init; }
    public bool BladderBowelChange { get; init; }
    public bool ProgressiveWeakness { get; init; }
    public bool BothLegsSymptoms { get; init; }
    public bool FeverOrUnwell { get; init; }
    public bool ImmunosuppressedOrIvDrugUse { get; init; }
    public bool CancerHistory { get; init; }
    public bool UnexplainedWeightLoss { get; init; }
    public bool NightPainUnrelenting { get; init; }
    public bool SignificantTrauma { get; init; }
    public bool OsteoporosisOrSteroids { get; init; }
    public bool GroinPainWeightBearing { get; init; }
    public bool PainOnImpact { get; init; }

    public bool ButtockPain { get; init; }
    public bool SciaticNotchTenderness { get; init; }
    public bool WorseSitting { get; init; }
    public bool WorseOnPiriformisStretch { get; init; }

    public bool PainRadiatesThigh { get; init; }
    public bool PainBelowKnee { get; init; }
    public bool NumbnessOrTingling { get; init; }
    public bool HipDropOrWeakGlutes { get; init; }
    public bool BackPainDominant { get; init; }
    public bool WorseCoughSneeze { get; init; }
    public bool PelvicDimplePain { get; init; }
    public bool WorseBendingForward { get; init; }
    public bool SittingBonePain { get; init; }
    public bool OuterHipPain { get; init; }
    public bool GroinPainDeepFlexion { get; init; }

    public int? PainNow { get; init; }
    public int? PainWorst { get; init; }
    public SettleTime? SettleTime { get; init; }
    public int? SittingToleranceMinutes { get; init; }
    public int? DurationWeeks { get; init; }
    public RunningStatus? RunningStatus { get; init; }
    public int? Age { get; init; }
#pragma warning restore CS1591

    /// <summary>No answers at all: every yes/no is no, every number not given.</summary>
    public static Answers None { get; } = new();

    /// <summary>
    /// The higher of pain now and worst pain, or null when neither was given. The routine
    /// triage rule and the severity bands read "pain" this way (spec section 3).
    /// </summary>
    public int? HighestPain => (PainNow, PainWorst) switch
    {
        (null, null) => null,
        (int now, null) => now,
        (null, int worst) => worst,
        (int now, int worst) => Math.Max(now, worst),
    };

    /// <summary>The answer given to <paramref name="questionId"/>: a bool, an int, an enum, or null when not given.</summary>
    public object? ValueOf(string questionId) =>
        AnswerAccessors.All.TryGetValue(questionId, out var get) ? get(this) : null;

    /// <summary>
    /// Every answer worth storing or showing, in catalogue order: yes answers, given numbers and
    /// given choices. No answers are left out because "no" is the default.
    /// </summary>
    public IEnumerable<KeyValuePair<string, object>> GivenValues()
    {
        foreach (var (id, get) in AnswerAccessors.InOrder)
        {
            var value = get(this);
            if (value is null || value is false)
            {
                continue;
            }

            yield return new KeyValuePair<string, object>(id, value);
        }
    }
}
