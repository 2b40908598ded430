using PiriformisRehab.Domain.Plans;
using PiriformisRehab.Domain.Recovery;
using PiriformisRehab.Web.Features.Clinic;

namespace PiriformisRehab.Web.Tests.Features.Clinic;

/// <summary>How a patient's programmes add up to one set of concerns (pure rules, no database).</summary>
public sealed class FollowUpMergeTests
{
    private static readonly DateOnly Today = new(2026, 11, 26);
    private static readonly LinkStatus Active = new(LinkState.Active, DateTimeOffset.MaxValue);
    private static readonly LinkStatus Revoked = new(LinkState.Revoked, DateTimeOffset.MaxValue);

    [Fact]
    public void NoCheckInIsRaisedWhenEveryProgrammeWithAnActiveLinkIsQuiet()
    {
        var concerns = FollowUp.Merge([Diary(Active, followingDaysAgo: 30), Diary(Active, followingDaysAgo: 20)]);

        Assert.Equal([ConcernKind.NoRecentCheckIn], concerns.Select(c => c.Kind));
    }

    [Fact]
    public void APatientLoggingOnANewerProgrammeIsNotQuietBecauseOfAnOldOne()
    {
        var concerns = FollowUp.Merge([Diary(Active, followingDaysAgo: 60), Diary(Active, followingDaysAgo: 20, Check(2, 3, 2))]);

        Assert.Empty(concerns);
    }

    [Fact]
    public void AProgrammeWhoseLinkWasRevokedIsNeverQuiet()
    {
        var concerns = FollowUp.Merge([Diary(Revoked, followingDaysAgo: 60)]);

        Assert.Empty(concerns);
    }

    [Fact]
    public void ConcernsOfEveryFollowedProgrammeAreJoinedOncePerKindMostSeriousFirst()
    {
        var concerns = FollowUp.Merge(
        [
            Diary(Revoked, followingDaysAgo: 40, Check(30, 8, 8)),
            Diary(Active, followingDaysAgo: 20, Check(3, 3, 7), Check(1, 2, 3, redFlag: true)),
        ]);

        Assert.Equal([ConcernKind.RedFlag, ConcernKind.HighPain], concerns.Select(c => c.Kind));
    }

    [Fact]
    public void AKindRaisedByTwoProgrammesIsListedOnceInTheWordsOfTheMostRecentDiary()
    {
        var concerns = FollowUp.Merge(
        [
            Diary(Revoked, followingDaysAgo: 40, Check(30, 8, 8)),
            Diary(Active, followingDaysAgo: 20, Check(1, 6, 9)),
        ]);

        var highPain = Assert.Single(concerns, c => c.Kind == ConcernKind.HighPain);
        Assert.Contains("9/10", highPain.Text, StringComparison.Ordinal);
    }

    private static CheckIn Check(int daysAgo, int now, int worst, bool redFlag = false) =>
        new(Today.AddDays(-daysAgo), now, worst, MorningAfter.Same, 2, null, RunActivity.None, null, null, null, ["clamshell"], null, redFlag ? ["saddleNumbness"] : [], false);

    private static ProgrammeDiary Diary(LinkStatus link, int followingDaysAgo, params CheckIn[] checkIns)
    {
        var since = Today.AddDays(-followingDaysAgo);
        var start = RecoveryStart.FromExercises(["clamshell"], ExerciseCatalog.Default, since);
        var picture = RecoveryEngine.Default.Evaluate(start, checkIns, Today);
        var created = new DateTimeOffset(since.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        return new ProgrammeDiary(Guid.NewGuid(), true, ProgrammeSource.StandardPlan, created, null, link, picture, checkIns, [], picture.Concerns, 1);
    }
}
