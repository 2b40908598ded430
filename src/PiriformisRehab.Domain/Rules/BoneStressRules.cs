using PiriformisRehab.Domain.Questions;
using B = PiriformisRehab.Domain.Questions.Answers.Bit;
using Q = PiriformisRehab.Domain.Questions.QuestionIds;

namespace PiriformisRehab.Domain.Rules;

/// <summary>
/// Bone-stress risk factors (spec 5.6; Mountjoy 2023 REDs CAT2, Warden 2014): two or more, in a
/// runner still running with pain, make both stress fractures at least possible, turn running
/// advice into a walk-run return and make triage at least routine. Only yes answers count.
/// </summary>
public static class BoneStressRules
{
    /// <summary>How many risk factors together trigger the rule.</summary>
    public const int FactorsNeeded = 2;

    private static readonly (string Id, B Bit)[] Factors =
    [
        (Q.PreviousStressFracture, B.PreviousStressFracture),
        (Q.PeriodsIrregular, B.PeriodsIrregular),
        (Q.RecentTrainingJump, B.RecentTrainingJump),
        (Q.OsteoporosisOrSteroids, B.OsteoporosisOrSteroids),
    ];

    /// <summary>The risk-factor question ids.</summary>
    public static IEnumerable<string> FactorIds => Factors.Select(f => f.Id);

    /// <summary>How many risk factors were answered yes.</summary>
    public static int Count(Answers a)
    {
        ArgumentNullException.ThrowIfNull(a);
        var n = 0;
        foreach (var (_, bit) in Factors)
        {
            n += a.IsYes(bit) ? 1 : 0;
        }

        return n;
    }

    /// <summary>Two or more risk factors while running with pain.</summary>
    public static bool Applies(Answers a) => a.RunningStatus == RunningStatus.RunningWithPain && Count(a) >= FactorsNeeded;

    /// <summary>The risk factors answered yes, in order.</summary>
    public static IReadOnlyList<string> FactorsPresent(Answers a)
    {
        ArgumentNullException.ThrowIfNull(a);
        return [.. Factors.Where(f => a.IsYes(f.Bit)).Select(f => f.Id)];
    }
}
