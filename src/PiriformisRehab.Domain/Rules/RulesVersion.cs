using System.Security.Cryptography;
using System.Text;
using PiriformisRehab.Domain.Plans;
using PiriformisRehab.Domain.Seeds;

namespace PiriformisRehab.Domain.Rules;

/// <summary>
/// The version stamped on every result. It is the hand-kept <see cref="Logic"/> version plus a
/// fingerprint of every weight, threshold and seed file, so changing a number or the content
/// changes the version by itself; changing rule code means bumping <see cref="Logic"/>.
/// </summary>
public static class RulesVersion
{
    /// <summary>Bump when a rule's logic (not a number or text) changes.</summary>
    public const string Logic = "1.1.0";

    private static readonly Lazy<string> Computed = new(Compute);

    /// <summary>For example "1.0.0+3f9a0c12".</summary>
    public static string Current => Computed.Value;

    /// <summary>The text the fingerprint is taken over: every number the engine uses, and the seeds.</summary>
    internal static string FingerprintSource()
    {
        var text = new StringBuilder();
        foreach (var w in LikelihoodRules.Weights)
        {
            text.Append("weight ").Append(w.QuestionId).Append(' ').Append(w.Points).Append(' ').Append(w.IsCore).Append(' ').Append(w.IsLumbar).Append('\n');
        }

        foreach (var (id, level, timeframe, questions) in RedFlagRules.Describe())
        {
            text.Append("flag ").Append(id).Append(' ').Append(level).Append(' ').Append(timeframe).Append(' ').AppendJoin(',', questions).Append('\n');
        }

        foreach (var (id, raisedBy, likelyWhen) in DifferentialRules.Describe())
        {
            text.Append("differential ").Append(id).Append(' ').AppendJoin(',', raisedBy).Append(' ').Append(likelyWhen).Append('\n');
        }

        foreach (var d in Enum.GetValues<DifferentialId>())
        {
            text.Append("avoid ").Append(d).Append(' ').Append(PlanBuilder.AvoidReason(d)).Append('\n');
        }

        int[] numbers =
        [
            LikelihoodRules.StrongLumbarPatternThreshold,
            SeverityRules.SeverePain, SeverityRules.MildPain, SeverityRules.SevereSittingMinutes,
            TimelineRules.ChronicWeeks, TimelineRules.ChronicExtraMin, TimelineRules.ChronicExtraMax,
            TriageRules.RoutinePain, TriageRules.RoutineDurationWeeks, TriageRules.RoutineAgeAbove, TriageRules.NewPainWeeks,
            RunningRules.PersonalBreakBelowMinutes, PlanBuilder.NeuralStartingStages,
            LikelihoodRules.HighBandCoreFeatures, LikelihoodRules.LowBandBelowCoreFeatures, LikelihoodRules.MaxScore,
            .. Enum.GetValues<Severity>().SelectMany(s => new[] { TimelineRules.RangeFor(s).Min, TimelineRules.RangeFor(s).Max }),
            .. Enum.GetValues<Irritability>().Select(PlanBuilder.StartingStages),
            TriageRules.AdultFromAge, BoneStressRules.FactorsNeeded, Recovery.ReturnToRunRules.FlareWorstPain,
            DifferentialRules.InflammatoryLikelyWeeks, DifferentialRules.InflammatoryLikelyAgeBelow,
            Recovery.ProgressionRules.MaxExercisePain, Recovery.ProgressionRules.GoodSessionsToMoveUp, Recovery.ProgressionRules.HighIrritabilityPain,
            Recovery.TimelineReestimateRules.MeaningfulChange, Recovery.TimelineReestimateRules.EarlyDays, Recovery.TimelineReestimateRules.SlowerAfterDays,
            Recovery.TimelineReestimateRules.SeePhysioAfterDays, Recovery.TimelineReestimateRules.LowPain,
            Recovery.ConcernRules.HighPain, Recovery.ConcernRules.QuietDays,

        ];
        text.Append("numbers ").AppendJoin(',', numbers).Append('\n');
        text.Append("questions ").Append(Convert.ToHexString(SHA256.HashData(SeedResource.ReadBytes("questions.json")))).Append('\n');
        text.Append("exercises ").Append(Convert.ToHexString(SHA256.HashData(SeedResource.ReadBytes("exercises.json")))).Append('\n');
        // The figures change no result, but they are content a runner follows, so a changed pose is a changed version.
        text.Append("exercise-figures ").Append(Convert.ToHexString(SHA256.HashData(SeedResource.ReadBytes("exercise-figures.json")))).Append('\n');
        // The body map decides which question a tap answers, so a changed mapping is a changed version.
        text.Append("body-map ").Append(Convert.ToHexString(SHA256.HashData(SeedResource.ReadBytes("body-map.json")))).Append('\n');
        text.Append("return-to-run ").Append(Convert.ToHexString(SHA256.HashData(SeedResource.ReadBytes("return-to-run.json")))).Append('\n');
        return text.ToString();
    }

    private static string Compute()
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(FingerprintSource()));
        return Logic + "+" + Convert.ToHexString(hash, 0, 4).ToLowerInvariant();
    }
}
