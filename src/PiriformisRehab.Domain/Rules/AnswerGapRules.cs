using System.Collections.Concurrent;
using PiriformisRehab.Domain.Questions;

namespace PiriformisRehab.Domain.Rules;

/// <summary>
/// The answers a result must not read as "all clear" (spec 5.2): questions answered "not sure",
/// and core and supporting questions left unanswered (a follow-up only when its parent is yes),
/// and what the result may say about other causes. Each depends only on a few bit masks, so the
/// lists and sentences are built once per distinct mask and shared (immutable), which keeps an
/// evaluation within its allocation budget; the caches are bounded so odd inputs cannot grow them.
/// </summary>
public static class AnswerGapRules
{
    private static readonly (string Id, Answers.Bit Bit, bool CoreOrSupporting)[] BoolsInOrder =
    [
        .. QuestionCatalog.Default.Questions
            .Where(q => q.Type == QuestionType.Bool)
            .Select(q => (q.Id, AnswerAccessors.Bits[q.Id], q.Section is "core" or "supporting")),
    ];

    private static readonly ulong CoreOrSupportingMask = BoolsInOrder.Where(b => b.CoreOrSupporting).Aggregate(0UL, (m, b) => m | (1UL << (int)b.Bit));

    private static readonly BoundedCache<IReadOnlyList<string>> UnsureCache = new();
    private static readonly BoundedCache<IReadOnlyList<string>> UnansweredCache = new();
    private static readonly BoundedCache<(IReadOnlyList<NotRuledOut> Open, string Text)> OpenCache = new();

    /// <summary>Ids answered "not sure", in catalogue order.</summary>
    public static IReadOnlyList<string> Unsure(Answers answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var mask = answers.NotSureMask;
        return mask == 0 ? [] : UnsureCache.Get(mask, m => IdsIn(m));
    }

    /// <summary>Core and supporting ids with no answer, in catalogue order.</summary>
    public static IReadOnlyList<string> Unanswered(Answers answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var mask = answers.OpenMask & ~answers.NotSureMask & CoreOrSupportingMask;
        return mask == 0 ? [] : UnansweredCache.Get(mask, m => IdsIn(m));
    }

    private static string[] IdsIn(ulong mask) => [.. BoolsInOrder.Where(b => (mask & (1UL << (int)b.Bit)) != 0).Select(b => b.Id)];

    /// <summary>Said only when no differential is raised and none is left open.</summary>
    public const string NothingElse = "Your answers did not point to another common cause of buttock pain.";

    private const string PointsElsewhere = "Your answers point to the other causes listed here.";

    /// <summary>The differentials left open by unsure or unanswered questions, and what the result says about other causes (spec 5.2).</summary>
    public static (IReadOnlyList<NotRuledOut> NotRuledOut, string OtherCauses) OpenCauses(Answers answers, IReadOnlyList<Differential> raised)
    {
        ArgumentNullException.ThrowIfNull(answers);
        ArgumentNullException.ThrowIfNull(raised);
        var raisedMask = 0UL;
        foreach (var d in raised)
        {
            raisedMask |= 1UL << (int)d.Id;
        }

        // Open questions live in bits 0-39, raised differentials above them.
        var key = (answers.OpenMask & CoreOrSupportingMask) | (raisedMask << Answers.BoolCount);
        if (OpenCache.TryGet(key, out var cached))
        {
            return cached;
        }

        var open = DifferentialRules.NotRuledOut(answers, raised);
        return OpenCache.Add(key, (open, OtherCauses(raised, open)));
    }

    /// <summary>What the result says about other causes.</summary>
    public static string OtherCauses(IReadOnlyList<Differential> differentials, IReadOnlyList<NotRuledOut> notRuledOut)
    {
        ArgumentNullException.ThrowIfNull(differentials);
        ArgumentNullException.ThrowIfNull(notRuledOut);
        if (notRuledOut.Count > 0)
        {
            return "Some questions were answered \"not sure\" or left out, so these causes are not ruled out: "
                + string.Join("; ", notRuledOut.Select(n => DifferentialRules.TitleOf(n.Id)))
                + ". A physio or GP can check them.";
        }

        return differentials.Count == 0 ? NothingElse : PointsElsewhere;
    }

    /// <summary>A shared cache of immutable values by mask, which stops growing at a fixed size.</summary>
    private sealed class BoundedCache<T>
    {
        private const int MaxEntries = 4096;
        private readonly ConcurrentDictionary<ulong, T> _values = new();
        private int _count;

        public T Get(ulong key, Func<ulong, T> build) =>
            TryGet(key, out var value) ? value : Add(key, build(key));

        public bool TryGet(ulong key, out T value) => _values.TryGetValue(key, out value!);

        public T Add(ulong key, T value)
        {
            if (Volatile.Read(ref _count) < MaxEntries && _values.TryAdd(key, value))
            {
                Interlocked.Increment(ref _count);
            }

            return value;
        }
    }
}
