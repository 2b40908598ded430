using PiriformisRehab.Domain.Plans;
using PiriformisRehab.Domain.Recovery;

namespace PiriformisRehab.Domain.Tests.Infrastructure;

internal static class RecoveryStarts
{
    public static RecoveryStart GlutesAt(int stage) =>
        new(new Dictionary<CategoryId, int> { [CategoryId.GluteActivation] = stage }, new HashSet<string>(), Diary.Start);
}
