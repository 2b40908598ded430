namespace PiriformisRehab.Domain.Questions;

/// <summary>The question ids of the clinical contract (spec sections 2 and 5.1). They are API surface: never rename.</summary>
public static class QuestionIds
{
#pragma warning disable CS1591 // Each constant is its own documentation: the id of the question it names.
    // Safety screen (red flags)
    public const string SaddleNumbness = "saddleNumbness";
    public const string BladderBowelChange = "bladderBowelChange";
    public const string ProgressiveWeakness = "progressiveWeakness";
    public const string BothLegsSymptoms = "bothLegsSymptoms";
    public const string FeverOrUnwell = "feverOrUnwell";
    public const string ImmunosuppressedOrIvDrugUse = "immunosuppressedOrIvDrugUse";
    public const string CancerHistory = "cancerHistory";
    public const string UnexplainedWeightLoss = "unexplainedWeightLoss";
    public const string NightPainUnrelenting = "nightPainUnrelenting";
    public const string SignificantTrauma = "significantTrauma";
    public const string OsteoporosisOrSteroids = "osteoporosisOrSteroids";
    public const string GroinPainWeightBearing = "groinPainWeightBearing";
    public const string PainOnImpact = "painOnImpact";
    public const string CannotBearWeight = "cannotBearWeight";
    public const string SuddenOnsetInjury = "suddenOnsetInjury";
    public const string WorseningDespiteRest = "worseningDespiteRest";
    public const string BothLegsLongStanding = "bothLegsLongStanding";

    // Core features (Hopayian)
    public const string ButtockPain = "buttockPain";
    public const string SciaticNotchTenderness = "sciaticNotchTenderness";
    public const string WorseSitting = "worseSitting";
    public const string WorseOnPiriformisStretch = "worseOnPiriformisStretch";

    // Supporting and differentiating
    public const string PainRadiatesThigh = "painRadiatesThigh";
    public const string PainBelowKnee = "painBelowKnee";
    public const string NumbnessOrTingling = "numbnessOrTingling";
    public const string HipDropOrWeakGlutes = "hipDropOrWeakGlutes";
    public const string BackPainDominant = "backPainDominant";
    public const string WorseCoughSneeze = "worseCoughSneeze";
    public const string PelvicDimplePain = "pelvicDimplePain";
    public const string WorseBendingForward = "worseBendingForward";
    public const string SittingBonePain = "sittingBonePain";
    public const string OuterHipPain = "outerHipPain";
    public const string GroinPainDeepFlexion = "groinPainDeepFlexion";
    public const string FrontThighPain = "frontThighPain";
    public const string MorningStiffness = "morningStiffness";
    public const string PainOnlyAtEffort = "painOnlyAtEffort";
    public const string PerinealPainSitting = "perinealPainSitting";
    public const string PainLongStrides = "painLongStrides";

    // Severity and context
    public const string PainNow = "painNow";
    public const string PainWorst = "painWorst";
    public const string SettleTime = "settleTime";
    public const string SittingToleranceMinutes = "sittingToleranceMinutes";
    public const string DurationWeeks = "durationWeeks";
    public const string RunningStatus = "runningStatus";
    public const string Age = "age";
    public const string PreviousStressFracture = "previousStressFracture";
    public const string PeriodsIrregular = "periodsIrregular";
    public const string RecentTrainingJump = "recentTrainingJump";
#pragma warning restore CS1591
}
