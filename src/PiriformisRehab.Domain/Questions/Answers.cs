namespace PiriformisRehab.Domain.Questions;

/// <summary>
/// A runner's validated answers. A yes/no question is yes, no, "not sure" or not answered; its
/// bool property is true only for yes, so every rule that reads it treats "not sure" and "not
/// answered" as not yes (spec 5.2: "not sure" scores nothing and raises no differential), and the
/// cautious readings (a red-flag partner answered "not sure" counts as yes; unsure and unanswered
/// questions keep a differential "not ruled out") ask for them explicitly. A follow-up question
/// (<see cref="BothLegsLongStanding"/>, <see cref="PerinealPainSitting"/>) counts only when its
/// parent is yes (spec 5.1). Numbers and choices default to "not given" (null).
/// </summary>
public sealed record Answers
{
    // One bit per yes/no question; the order is fixed here and nowhere else.
    internal enum Bit
    {
        SaddleNumbness,
        BladderBowelChange,
        ProgressiveWeakness,
        BothLegsSymptoms,
        BothLegsLongStanding,
        FeverOrUnwell,
        ImmunosuppressedOrIvDrugUse,
        CancerHistory,
        UnexplainedWeightLoss,
        NightPainUnrelenting,
        SignificantTrauma,
        OsteoporosisOrSteroids,
        GroinPainWeightBearing,
        PainOnImpact,
        CannotBearWeight,
        SuddenOnsetInjury,
        WorseningDespiteRest,
        ButtockPain,
        SciaticNotchTenderness,
        WorseSitting,
        WorseOnPiriformisStretch,
        PainRadiatesThigh,
        PainBelowKnee,
        NumbnessOrTingling,
        HipDropOrWeakGlutes,
        BackPainDominant,
        WorseCoughSneeze,
        PelvicDimplePain,
        WorseBendingForward,
        SittingBonePain,
        OuterHipPain,
        GroinPainDeepFlexion,
        FrontThighPain,
        MorningStiffness,
        PainOnlyAtEffort,
        PerinealPainSitting,
        PainLongStrides,
        PreviousStressFracture,
        PeriodsIrregular,
        RecentTrainingJump,
    }

    /// <summary>The number of yes/no questions.</summary>
    internal const int BoolCount = 40;

    private ulong _yes;
    private ulong _no;
    private ulong _notSure;

#pragma warning disable CS1591 // Each property is the answer to the question with the same id (QuestionIds).
    public bool SaddleNumbness { get => IsYes(Bit.SaddleNumbness); init => SetBool(Bit.SaddleNumbness, value); }
    public bool BladderBowelChange { get => IsYes(Bit.BladderBowelChange); init => SetBool(Bit.BladderBowelChange, value); }
    public bool ProgressiveWeakness { get => IsYes(Bit.ProgressiveWeakness); init => SetBool(Bit.ProgressiveWeakness, value); }
    public bool BothLegsSymptoms { get => IsYes(Bit.BothLegsSymptoms); init => SetBool(Bit.BothLegsSymptoms, value); }
    /// <summary>Follow-up of <see cref="BothLegsSymptoms"/>: reads as not answered unless that answer is yes.</summary>
    public bool BothLegsLongStanding { get => BothLegsSymptoms && IsYes(Bit.BothLegsLongStanding); init => SetBool(Bit.BothLegsLongStanding, value); }
    public bool FeverOrUnwell { get => IsYes(Bit.FeverOrUnwell); init => SetBool(Bit.FeverOrUnwell, value); }
    public bool ImmunosuppressedOrIvDrugUse { get => IsYes(Bit.ImmunosuppressedOrIvDrugUse); init => SetBool(Bit.ImmunosuppressedOrIvDrugUse, value); }
    public bool CancerHistory { get => IsYes(Bit.CancerHistory); init => SetBool(Bit.CancerHistory, value); }
    public bool UnexplainedWeightLoss { get => IsYes(Bit.UnexplainedWeightLoss); init => SetBool(Bit.UnexplainedWeightLoss, value); }
    public bool NightPainUnrelenting { get => IsYes(Bit.NightPainUnrelenting); init => SetBool(Bit.NightPainUnrelenting, value); }
    public bool SignificantTrauma { get => IsYes(Bit.SignificantTrauma); init => SetBool(Bit.SignificantTrauma, value); }
    public bool OsteoporosisOrSteroids { get => IsYes(Bit.OsteoporosisOrSteroids); init => SetBool(Bit.OsteoporosisOrSteroids, value); }
    public bool GroinPainWeightBearing { get => IsYes(Bit.GroinPainWeightBearing); init => SetBool(Bit.GroinPainWeightBearing, value); }
    public bool PainOnImpact { get => IsYes(Bit.PainOnImpact); init => SetBool(Bit.PainOnImpact, value); }
    public bool CannotBearWeight { get => IsYes(Bit.CannotBearWeight); init => SetBool(Bit.CannotBearWeight, value); }
    public bool SuddenOnsetInjury { get => IsYes(Bit.SuddenOnsetInjury); init => SetBool(Bit.SuddenOnsetInjury, value); }
    public bool WorseningDespiteRest { get => IsYes(Bit.WorseningDespiteRest); init => SetBool(Bit.WorseningDespiteRest, value); }
    public bool ButtockPain { get => IsYes(Bit.ButtockPain); init => SetBool(Bit.ButtockPain, value); }
    public bool SciaticNotchTenderness { get => IsYes(Bit.SciaticNotchTenderness); init => SetBool(Bit.SciaticNotchTenderness, value); }
    public bool WorseSitting { get => IsYes(Bit.WorseSitting); init => SetBool(Bit.WorseSitting, value); }
    public bool WorseOnPiriformisStretch { get => IsYes(Bit.WorseOnPiriformisStretch); init => SetBool(Bit.WorseOnPiriformisStretch, value); }
    public bool PainRadiatesThigh { get => IsYes(Bit.PainRadiatesThigh); init => SetBool(Bit.PainRadiatesThigh, value); }
    public bool PainBelowKnee { get => IsYes(Bit.PainBelowKnee); init => SetBool(Bit.PainBelowKnee, value); }
    public bool NumbnessOrTingling { get => IsYes(Bit.NumbnessOrTingling); init => SetBool(Bit.NumbnessOrTingling, value); }
    public bool HipDropOrWeakGlutes { get => IsYes(Bit.HipDropOrWeakGlutes); init => SetBool(Bit.HipDropOrWeakGlutes, value); }
    public bool BackPainDominant { get => IsYes(Bit.BackPainDominant); init => SetBool(Bit.BackPainDominant, value); }
    public bool WorseCoughSneeze { get => IsYes(Bit.WorseCoughSneeze); init => SetBool(Bit.WorseCoughSneeze, value); }
    public bool PelvicDimplePain { get => IsYes(Bit.PelvicDimplePain); init => SetBool(Bit.PelvicDimplePain, value); }
    public bool WorseBendingForward { get => IsYes(Bit.WorseBendingForward); init => SetBool(Bit.WorseBendingForward, value); }
    public bool SittingBonePain { get => IsYes(Bit.SittingBonePain); init => SetBool(Bit.SittingBonePain, value); }
    public bool OuterHipPain { get => IsYes(Bit.OuterHipPain); init => SetBool(Bit.OuterHipPain, value); }
    public bool GroinPainDeepFlexion { get => IsYes(Bit.GroinPainDeepFlexion); init => SetBool(Bit.GroinPainDeepFlexion, value); }
    public bool FrontThighPain { get => IsYes(Bit.FrontThighPain); init => SetBool(Bit.FrontThighPain, value); }
    public bool MorningStiffness { get => IsYes(Bit.MorningStiffness); init => SetBool(Bit.MorningStiffness, value); }
    public bool PainOnlyAtEffort { get => IsYes(Bit.PainOnlyAtEffort); init => SetBool(Bit.PainOnlyAtEffort, value); }
    /// <summary>Follow-up of <see cref="WorseSitting"/>: reads as not answered unless that answer is yes.</summary>
    public bool PerinealPainSitting { get => WorseSitting && IsYes(Bit.PerinealPainSitting); init => SetBool(Bit.PerinealPainSitting, value); }
    public bool PainLongStrides { get => IsYes(Bit.PainLongStrides); init => SetBool(Bit.PainLongStrides, value); }
    public bool PreviousStressFracture { get => IsYes(Bit.PreviousStressFracture); init => SetBool(Bit.PreviousStressFracture, value); }
    public bool PeriodsIrregular { get => IsYes(Bit.PeriodsIrregular); init => SetBool(Bit.PeriodsIrregular, value); }
    public bool RecentTrainingJump { get => IsYes(Bit.RecentTrainingJump); init => SetBool(Bit.RecentTrainingJump, value); }

    public int? PainNow { get; init; }
    public int? PainWorst { get; init; }
    public SettleTime? SettleTime { get; init; }
    public int? SittingToleranceMinutes { get; init; }
    public int? DurationWeeks { get; init; }
    public RunningStatus? RunningStatus { get; init; }
    public int? Age { get; init; }
#pragma warning restore CS1591

    /// <summary>No answers at all: every yes/no is not answered, every number not given.</summary>
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

    internal bool IsYes(Bit bit) => (_yes & (1UL << (int)bit)) != 0;

    private void SetBool(Bit bit, bool value) => Set(bit, value ? BoolAnswer.Yes : BoolAnswer.No);

    private void Set(Bit bit, BoolAnswer state)
    {
        var mask = 1UL << (int)bit;
        _yes &= ~mask;
        _no &= ~mask;
        _notSure &= ~mask;
        switch (state)
        {
            case BoolAnswer.Yes: _yes |= mask; break;
            case BoolAnswer.No: _no |= mask; break;
            case BoolAnswer.NotSure: _notSure |= mask; break;
        }
    }

    /// <summary>True when the question was answered yes or "not sure": the cautious reading of a red-flag rule's partner (spec 5.2).</summary>
    internal bool YesOrNotSure(Bit bit) => Cautious(bit) && ParentIsYes(bit);

    /// <summary>
    /// True when the question was asked (a follow-up only after a yes to its parent) and answered
    /// neither yes nor no: "not sure" or no answer. Such a question keeps a differential open.
    /// </summary>
    internal bool IsOpen(Bit bit) => ParentIsYes(bit) && (((_yes | _no) & (1UL << (int)bit)) == 0);

    /// <summary>Bits of the yes/no questions that were asked (a follow-up only after a yes to its parent).</summary>
    private ulong AskedMask =>
        ~0UL
        & (BothLegsSymptoms ? ~0UL : ~(1UL << (int)Bit.BothLegsLongStanding))
        & (WorseSitting ? ~0UL : ~(1UL << (int)Bit.PerinealPainSitting));

    /// <summary>Asked questions answered neither yes nor no ("not sure" or no answer), as bits.</summary>
    internal ulong OpenMask => AskedMask & ~(_yes | _no) & ((1UL << BoolCount) - 1);

    /// <summary>Asked questions answered "not sure", as bits.</summary>
    internal ulong NotSureMask => AskedMask & _notSure;

    private bool Cautious(Bit bit) => ((_yes | _notSure) & (1UL << (int)bit)) != 0;

    private bool ParentIsYes(Bit bit) => bit switch
    {
        Bit.BothLegsLongStanding => BothLegsSymptoms,
        Bit.PerinealPainSitting => WorseSitting,
        _ => true,
    };

    /// <summary>
    /// How the question was answered. A follow-up whose parent is not yes reads as not answered:
    /// it is ignored by every rule and listed nowhere (spec 5.1). Numbers and choices: not answered
    /// when not given, otherwise yes (given).
    /// </summary>
    public BoolAnswer StateOf(string questionId)
    {
        if (!AnswerAccessors.Bits.TryGetValue(questionId, out var bit))
        {
            return ValueOf(questionId) is null ? BoolAnswer.Unanswered : BoolAnswer.Yes;
        }

        return StateOf(bit);
    }

    internal BoolAnswer StateOf(Bit bit)
    {
        var mask = 1UL << (int)bit;
        if (!ParentIsYes(bit))
        {
            return BoolAnswer.Unanswered;
        }

        return (_yes & mask) != 0 ? BoolAnswer.Yes
            : (_notSure & mask) != 0 ? BoolAnswer.NotSure
            : (_no & mask) != 0 ? BoolAnswer.No
            : BoolAnswer.Unanswered;
    }

    /// <summary>These answers with one yes/no question set to <paramref name="state"/>.</summary>
    public Answers With(string questionId, BoolAnswer state)
    {
        if (!AnswerAccessors.Bits.TryGetValue(questionId, out var bit))
        {
            throw new ArgumentOutOfRangeException(nameof(questionId), questionId, "Not a yes/no question id.");
        }

        var copy = this with { };
        copy.Set(bit, state);
        return copy;
    }

    /// <summary>Answers built by the parser from its bit masks and values.</summary>
    internal static Answers FromMasks(ulong yes, ulong no, ulong notSure, Answers values)
    {
        var copy = values with { };
        copy._yes = yes;
        copy._no = no;
        copy._notSure = notSure;
        return copy;
    }

    /// <summary>
    /// The answer given to <paramref name="questionId"/>: true for yes, <see cref="NotSureValue"/>
    /// for "not sure", false for no or not answered; an int or an enum; null when not given.
    /// </summary>
    public object? ValueOf(string questionId)
    {
        if (AnswerAccessors.Bits.TryGetValue(questionId, out var bit))
        {
            return StateOf(bit) switch
            {
                BoolAnswer.Yes => true,
                BoolAnswer.NotSure => NotSureValue,
                _ => false,
            };
        }

        return AnswerAccessors.All.TryGetValue(questionId, out var get) ? get(this) : null;
    }

    /// <summary>The contract's string for a "not sure" answer to a yes/no question (spec 5.2).</summary>
    public const string NotSureValue = "notSure";

    /// <summary>
    /// Every answer worth storing or showing, in catalogue order: yes answers (true), "not sure"
    /// answers (<see cref="NotSureValue"/>), given numbers and given choices. No and unanswered are
    /// left out.
    /// </summary>
    public IEnumerable<KeyValuePair<string, object>> GivenValues()
    {
        foreach (var (id, _) in AnswerAccessors.InOrder)
        {
            var value = ValueOf(id);
            if (value is null || value is false)
            {
                continue;
            }

            yield return new KeyValuePair<string, object>(id, value);
        }
    }
}

/// <summary>How a yes/no question was answered.</summary>
public enum BoolAnswer
{
    /// <summary>No answer (or a follow-up whose parent is not yes).</summary>
    Unanswered,
    /// <summary>No.</summary>
    No,
    /// <summary>Yes.</summary>
    Yes,
    /// <summary>"Not sure" (outside the safety screen only).</summary>
    NotSure,
}
