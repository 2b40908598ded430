using PiriformisRehab.Domain.Questions;

namespace PiriformisRehab.Domain.Tests.Infrastructure;

/// <summary>
/// A fixed, seeded stream of plausible answer sets for property tests. The seed makes every run
/// check the same 5,000 sets, so a failure reproduces; no property-testing package is needed.
/// Every yes/no question of the v1.1 catalogue is answered yes, no, "not sure" (outside the safety
/// screen) or left unanswered; numbers and choices are given about half the time. A third of the
/// sets answer every question plainly, a third as the wizard does (no gaps, "not sure" allowed) and
/// a third as an API client may (gaps and "not sure").
/// </summary>
internal static class GeneratedAnswers
{
    public const int Seed = 20261201;

    public const int Count = 5_000;

    /// <summary>Share of yes/no answers left "not sure" where allowed, and left unanswered.</summary>
    public const double NotSureRate = 0.10, UnansweredRate = 0.10;

    private static readonly Lazy<IReadOnlyList<Answers>> Sets = new(() => Generate(Seed, Count));

    private static readonly Question[] Bools = [.. QuestionCatalog.Default.Questions.Where(q => q.Type == QuestionType.Bool)];

    /// <summary>The same 5,000 answer sets every time.</summary>
    public static IReadOnlyList<Answers> All => Sets.Value;

    /// <summary>The number of yes/no questions each set answers (or leaves).</summary>
    public static int BoolCount => Bools.Length;

    private static List<Answers> Generate(int seed, int count)
    {
        var random = new Random(seed);
        var sets = new List<Answers>(count);
        for (var i = 0; i < count; i++)
        {
            // Each set gets its own yes-rate between 20% and 30%, so sparse and busy pictures both occur.
            var yesRate = 0.20 + (random.NextDouble() * 0.10);
            int? Number(int min, int max) => random.Next(2) == 0 ? null : random.Next(min, max + 1);
            T? Choice<T>()
                where T : struct, Enum => random.Next(2) == 0 ? null : Enum.GetValues<T>()[random.Next(Enum.GetValues<T>().Length)];

            var answers = new Answers
            {
                PainNow = Number(0, 10),
                PainWorst = Number(0, 10),
                SettleTime = Choice<SettleTime>(),
                SittingToleranceMinutes = Number(0, 600),
                DurationWeeks = Number(0, 520),
                RunningStatus = Choice<RunningStatus>(),
                Age = Number(10, 110),
            };
            var mode = i % 3; // 0 plain, 1 wizard, 2 API
            var unansweredRate = mode == 2 ? UnansweredRate : 0;
            var notSureRate = mode == 0 ? 0 : NotSureRate;
            foreach (var q in Bools)
            {
                var r = random.NextDouble();
                var state = r < yesRate ? BoolAnswer.Yes
                    : r < yesRate + unansweredRate ? BoolAnswer.Unanswered
                    : q.AcceptsNotSure && r < yesRate + unansweredRate + notSureRate ? BoolAnswer.NotSure
                    : BoolAnswer.No;
                answers = answers.With(q.Id, state);
            }

            sets.Add(answers);
        }

        return sets;
    }
}
