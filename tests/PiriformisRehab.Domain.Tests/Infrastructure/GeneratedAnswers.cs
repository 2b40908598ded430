using PiriformisRehab.Domain.Questions;

namespace PiriformisRehab.Domain.Tests.Infrastructure;

/// <summary>
/// A fixed, seeded stream of plausible answer sets for property tests. The seed makes every run
/// check the same 5,000 sets, so a failure reproduces; no property-testing package is needed.
/// </summary>
internal static class GeneratedAnswers
{
    public const int Seed = 20261126;

    public const int Count = 5_000;

    private static readonly Lazy<IReadOnlyList<Answers>> Sets = new(() => Generate(Seed, Count));

    /// <summary>The same 5,000 answer sets every time.</summary>
    public static IReadOnlyList<Answers> All => Sets.Value;

    private static List<Answers> Generate(int seed, int count)
    {
        var random = new Random(seed);
        var sets = new List<Answers>(count);
        for (var i = 0; i < count; i++)
        {
            // Each set gets its own yes-rate between 20% and 30%, so sparse and busy pictures both occur.
            var yesRate = 0.20 + (random.NextDouble() * 0.10);
            bool Yes() => random.NextDouble() < yesRate;
            int? Number(int min, int max) => random.Next(2) == 0 ? null : random.Next(min, max + 1);
            T? Choice<T>()
                where T : struct, Enum => random.Next(2) == 0 ? null : Enum.GetValues<T>()[random.Next(Enum.GetValues<T>().Length)];

            sets.Add(new Answers
            {
                SaddleNumbness = Yes(),
                BladderBowelChange = Yes(),
                ProgressiveWeakness = Yes(),
                BothLegsSymptoms = Yes(),
                FeverOrUnwell = Yes(),
                ImmunosuppressedOrIvDrugUse = Yes(),
                CancerHistory = Yes(),
                UnexplainedWeightLoss = Yes(),
                NightPainUnrelenting = Yes(),
                SignificantTrauma = Yes(),
                OsteoporosisOrSteroids = Yes(),
                GroinPainWeightBearing = Yes(),
                PainOnImpact = Yes(),
                ButtockPain = Yes(),
                SciaticNotchTenderness = Yes(),
                WorseSitting = Yes(),
                WorseOnPiriformisStretch = Yes(),
                PainRadiatesThigh = Yes(),
                PainBelowKnee = Yes(),
                NumbnessOrTingling = Yes(),
                HipDropOrWeakGlutes = Yes(),
                BackPainDominant = Yes(),
                WorseCoughSneeze = Yes(),
                PelvicDimplePain = Yes(),
                WorseBendingForward = Yes(),
                SittingBonePain = Yes(),
                OuterHipPain = Yes(),
                GroinPainDeepFlexion = Yes(),
                PainNow = Number(0, 10),
                PainWorst = Number(0, 10),
                SettleTime = Choice<SettleTime>(),
                SittingToleranceMinutes = Number(0, 600),
                DurationWeeks = Number(0, 520),
                RunningStatus = Choice<RunningStatus>(),
                Age = Number(10, 110),
            });
        }

        return sets;
    }
}
