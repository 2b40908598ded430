using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using PiriformisRehab.Domain.Questions;
using PiriformisRehab.Domain.Recovery;
using PiriformisRehab.Domain.Rules;

namespace PiriformisRehab.Domain.Tests.Rules;

/// <summary>The rules version stamped on every result: hand-kept logic version plus a content fingerprint.</summary>
public sealed class RulesVersionTests
{
    public static TheoryData<string> EveryWeightQuestion() => [.. LikelihoodRules.Weights.Select(w => w.QuestionId)];

    [Fact]
    public void VersionIsLogicVersionPlusEightHexCharacters()
    {
        Assert.Matches(@"^" + Regex.Escape(RulesVersion.Logic) + @"\+[0-9a-f]{8}$", RulesVersion.Current);
    }

    [Fact]
    public void VersionStartsWithTheLogicVersion()
    {
        Assert.StartsWith(RulesVersion.Logic + "+", RulesVersion.Current, StringComparison.Ordinal);
        Assert.Equal(RulesVersion.Logic.Length + 1 + 8, RulesVersion.Current.Length);
    }

    // Stored results are compared by version, so every piece of content must be in the fingerprint:
    // a seed file left out could change a result without changing the version.
    [Fact]
    public void EverySeedFileIsInTheFingerprint()
    {
        var seeds = typeof(RulesVersion).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("seeds/", StringComparison.Ordinal))
            .Select(n => n["seeds/".Length..^".json".Length])
            .ToList();
        var source = RulesVersion.FingerprintSource();

        Assert.NotEmpty(seeds);
        Assert.All(seeds, seed => Assert.Contains($"\n{seed} ", "\n" + source, StringComparison.Ordinal));
    }

    // The same content always gives the same version, in any process: it is a hash, not a counter or a clock.
    [Fact]
    public void VersionIsTheHashOfTheFingerprintSource()
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(RulesVersion.FingerprintSource()));

        Assert.Equal(RulesVersion.Logic + "+" + Convert.ToHexString(hash, 0, 4).ToLowerInvariant(), RulesVersion.Current);
    }

    [Fact]
    public void ResultCarriesTheCurrentVersion()
    {
        Assert.Equal(RulesVersion.Current, AssessmentEngine.Default.Evaluate(new Answers()).RulesVersion);
        Assert.Equal(RulesVersion.Current, AssessmentEngine.RulesVersion);
    }

    // Changing any weight must change the version, so every weight is part of the fingerprinted text.
    [Theory]
    [MemberData(nameof(EveryWeightQuestion))]
    public void FingerprintSourceMentionsEveryWeight(string questionId)
    {
        var weight = LikelihoodRules.Weights.Single(w => w.QuestionId == questionId);

        Assert.Contains($"weight {questionId} {weight.Points} ", RulesVersion.FingerprintSource(), StringComparison.Ordinal);
    }

    // Editing seed content (wording, exercises) must change the version too.
    [Theory]
    [InlineData("questions ")]
    [InlineData("exercises ")]
    [InlineData("return-to-run ")]
    public void FingerprintSourceCoversTheSeeds(string prefix)
    {
        Assert.Contains(RulesVersion.FingerprintSource().Split('\n'), line => line.StartsWith(prefix, StringComparison.Ordinal) && line.TrimEnd().Length == prefix.Length + 64);
    }

    // Changing a recovery-diary threshold must change the version as well.
    [Fact]
    public void FingerprintSourceCoversTheRecoveryNumbers()
    {
        int[] recovery =
        [
            ProgressionRules.MaxExercisePain, ProgressionRules.GoodSessionsToMoveUp, ProgressionRules.HighIrritabilityPain,
            TimelineReestimateRules.MeaningfulChange, TimelineReestimateRules.EarlyDays, TimelineReestimateRules.SlowerAfterDays,
            TimelineReestimateRules.SeePhysioAfterDays, TimelineReestimateRules.LowPain,
            ConcernRules.HighPain, ConcernRules.QuietDays,
        ];

        var numbers = RulesVersion.FingerprintSource().Split('\n').Single(line => line.StartsWith("numbers ", StringComparison.Ordinal));

        Assert.EndsWith("," + string.Join(',', recovery), numbers, StringComparison.Ordinal);
    }
}
