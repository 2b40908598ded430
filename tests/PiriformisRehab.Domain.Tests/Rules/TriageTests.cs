using PiriformisRehab.Domain.Questions;
using PiriformisRehab.Domain.Rules;
using Q = PiriformisRehab.Domain.Questions.QuestionIds;
using PiriformisRehab.Domain.Tests.Infrastructure;

namespace PiriformisRehab.Domain.Tests.Rules;

/// <summary>The triage table of spec section 3, row by row, and its precedence.</summary>
public sealed class TriageTests
{
    // Three of the four core features: the high band, so the "low likelihood with pain" rule cannot fire
    // and the other routine rules can be seen on their own.
    private static readonly string[] HighLikelihoodPicture = [Q.ButtockPain, Q.SciaticNotchTenderness, Q.WorseSitting];

    // A clear piriformis picture (all four core features), mild and new in a young runner.
    private static readonly Answers MildNewPiriformisPicture =
        Answered.Yes(Q.ButtockPain, Q.SciaticNotchTenderness, Q.WorseSitting, Q.WorseOnPiriformisStretch) with
        {
            PainNow = 2,
            PainWorst = 3,
            SettleTime = SettleTime.Minutes,
            DurationWeeks = 2,
            Age = 30,
        };

    private static Triage TriageOf(Answers answers) => AssessmentEngine.Default.Evaluate(answers).Triage;

    [Theory]
    [InlineData(Triage.Emergency, Q.SaddleNumbness)]
    [InlineData(Triage.Emergency, Q.BladderBowelChange)]
    [InlineData(Triage.Emergency, Q.ProgressiveWeakness)]
    [InlineData(Triage.Emergency, Q.BothLegsSymptoms)]
    [InlineData(Triage.Emergency, Q.FeverOrUnwell, Q.ImmunosuppressedOrIvDrugUse)]
    [InlineData(Triage.Emergency, Q.FeverOrUnwell, Q.NumbnessOrTingling)]
    [InlineData(Triage.Emergency, Q.CancerHistory, Q.PainBelowKnee)]
    [InlineData(Triage.Emergency, Q.CancerHistory, Q.NumbnessOrTingling)]
    [InlineData(Triage.Emergency, Q.CancerHistory, Q.ProgressiveWeakness)]
    [InlineData(Triage.Emergency, Q.CancerHistory, Q.BladderBowelChange)]
    [InlineData(Triage.Urgent, Q.FeverOrUnwell)]
    [InlineData(Triage.Urgent, Q.CancerHistory)]
    [InlineData(Triage.Urgent, Q.UnexplainedWeightLoss)]
    [InlineData(Triage.Urgent, Q.NightPainUnrelenting)]
    [InlineData(Triage.Urgent, Q.SignificantTrauma)]
    [InlineData(Triage.Urgent, Q.OsteoporosisOrSteroids, Q.SignificantTrauma)]
    [InlineData(Triage.Urgent, Q.GroinPainWeightBearing)]
    [InlineData(Triage.Urgent, Q.PainOnImpact)]
    public void RedFlagRowSetsTriage(Triage expected, params string[] yes)
    {
        Assert.Equal(expected, TriageOf(Answered.Yes(yes)));
    }

    // The baseline for the precedence rows: a clear piriformis picture, mild and new, is self-care.
    [Fact]
    public void HighLikelihoodPictureWithLowPainIsSelfCare()
    {
        Assert.Equal(Triage.SelfCare, TriageOf(MildNewPiriformisPicture));
    }

    // Red flags first: however well the answers fit piriformis syndrome, a flag sets the level.
    [Theory]
    [InlineData(Q.SaddleNumbness, Triage.Emergency)]
    [InlineData(Q.NightPainUnrelenting, Triage.Urgent)]
    [InlineData(Q.PainOnImpact, Triage.Urgent)]
    public void RedFlagBeatsHighLikelihoodSelfCarePicture(string flag, Triage expected)
    {
        var answers = MildNewPiriformisPicture.WithYes(flag);

        Assert.Equal(expected, TriageOf(answers));
    }

    [Theory]
    [InlineData(Q.SaddleNumbness, Q.PainOnImpact)]
    [InlineData(Q.BothLegsSymptoms, Q.UnexplainedWeightLoss)]
    [InlineData(Q.CancerHistory, Q.NumbnessOrTingling, Q.SignificantTrauma)]
    public void EmergencyBeatsUrgent(params string[] yes)
    {
        Assert.Equal(Triage.Emergency, TriageOf(Answered.Yes(yes)));
    }

    // "pain" is the higher of pain now and worst pain; with no core feature the band is low.
    [Theory]
    [InlineData(4, null, Triage.Routine)]
    [InlineData(null, 4, Triage.Routine)]
    [InlineData(6, 2, Triage.Routine)]
    [InlineData(2, 6, Triage.Routine)]
    [InlineData(3, null, Triage.SelfCare)]
    [InlineData(null, 3, Triage.SelfCare)]
    [InlineData(3, 3, Triage.SelfCare)]
    [InlineData(null, null, Triage.SelfCare)]
    public void LowLikelihoodIsRoutineFromPainFour(int? painNow, int? painWorst, Triage expected)
    {
        var answers = Answered.Yes(Q.PainRadiatesThigh) with { PainNow = painNow, PainWorst = painWorst };

        Assert.Equal(expected, TriageOf(answers));
    }

    // The pain rule belongs to the low band only: two core features with pain 6 is still self-care.
    [Fact]
    public void ModerateLikelihoodWithHighPainIsSelfCare()
    {
        var answers = Answered.Yes(Q.ButtockPain, Q.WorseSitting) with { PainNow = 6 };

        Assert.Equal(Triage.SelfCare, TriageOf(answers));
    }

    [Theory]
    [InlineData(12, Triage.Routine)]
    [InlineData(520, Triage.Routine)]
    [InlineData(11, Triage.SelfCare)]
    [InlineData(0, Triage.SelfCare)]
    public void RoutineFromTwelveWeeksDuration(int durationWeeks, Triage expected)
    {
        var answers = Answered.Yes(HighLikelihoodPicture) with { DurationWeeks = durationWeeks };

        Assert.Equal(expected, TriageOf(answers));
    }

    // New pain (under 6 weeks) of at least 4/10 in someone over 50 deserves a look.
    [Theory]
    [InlineData(51, 5, 4, Triage.Routine)]
    [InlineData(80, 0, 9, Triage.Routine)]
    [InlineData(50, 5, 4, Triage.SelfCare)]
    [InlineData(51, 6, 4, Triage.SelfCare)]
    [InlineData(51, 5, 3, Triage.SelfCare)]
    public void RoutineForNewPainOverFifty(int age, int durationWeeks, int painNow, Triage expected)
    {
        var answers = Answered.Yes(HighLikelihoodPicture) with { Age = age, DurationWeeks = durationWeeks, PainNow = painNow };

        Assert.Equal(expected, TriageOf(answers));
    }

    // A rule whose number was not given does not fire: no duration means "new" is unknown.
    [Theory]
    [InlineData(60, null, 5)]
    [InlineData(null, 2, 5)]
    [InlineData(60, 2, null)]
    public void AgeRuleDoesNotFireWithANumberMissing(int? age, int? durationWeeks, int? painNow)
    {
        var answers = Answered.Yes(HighLikelihoodPicture) with { Age = age, DurationWeeks = durationWeeks, PainNow = painNow };

        Assert.Equal(Triage.SelfCare, TriageOf(answers));
    }

    // Each of these is a "likely" differential with no red flag and no pain given: only the differential rule can fire.
    [Theory]
    [InlineData(Q.OuterHipPain)]
    [InlineData(Q.GroinPainDeepFlexion)]
    [InlineData(Q.SittingBonePain)]
    [InlineData(Q.PelvicDimplePain)]
    [InlineData(Q.BackPainDominant, Q.WorseCoughSneeze)]
    public void LikelyDifferentialIsRoutine(params string[] yes)
    {
        Assert.Equal(Triage.Routine, TriageOf(Answered.Yes(yes)));
    }

    // Sitting-bone pain with deep buttock tenderness is only a "possible" hamstring problem.
    [Fact]
    public void PossibleDifferentialAloneStaysSelfCare()
    {
        var answers = Answered.Yes([.. HighLikelihoodPicture, Q.SittingBonePain]);

        Assert.Equal(Triage.SelfCare, TriageOf(answers));
    }

    [Fact]
    public void NoAnswersAreSelfCare()
    {
        Assert.Equal(Triage.SelfCare, TriageOf(Answers.None));
    }

    [Theory]
    [InlineData(Triage.Emergency, "emergency department")]
    [InlineData(Triage.Urgent, "within 24-48 hours")]
    [InlineData(Triage.Routine, "physio or GP")]
    [InlineData(Triage.SelfCare, "6 weeks")]
    public void TriageAdviceSaysWhatToDoForEachLevel(Triage triage, string expected)
    {
        Assert.Contains(expected, TriageRules.AdviceFor(triage), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Triage.Emergency, Q.SaddleNumbness)]
    [InlineData(Triage.Urgent, Q.UnexplainedWeightLoss)]
    [InlineData(Triage.Routine, Q.OuterHipPain)]
    [InlineData(Triage.SelfCare)]
    public void ResultCarriesTheAdviceOfItsLevel(Triage expected, params string[] yes)
    {
        var result = AssessmentEngine.Default.Evaluate(Answered.Yes(yes));

        Assert.Equal(expected, result.Triage);
        Assert.Equal(TriageRules.AdviceFor(expected), result.TriageAdvice);
    }
}
