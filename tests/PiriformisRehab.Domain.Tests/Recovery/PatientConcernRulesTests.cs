using PiriformisRehab.Domain.Recovery;

namespace PiriformisRehab.Domain.Tests.Recovery;

/// <summary>How a patient's followed programmes add up to one row of the physio's list.</summary>
public sealed class PatientConcernRulesTests
{
    private static readonly DateOnly Today = new(2026, 11, 26);

    private static readonly Concern Quiet = new(ConcernKind.NoRecentCheckIn, "No check-in for 20 days.");

    [Fact]
    public void NoCheckInIsRaisedWhenEveryProgrammeThePatientCanCheckInToIsQuiet()
    {
        var concerns = PatientConcernRules.Merge([Diary(30, true, Quiet), Diary(20, true, Quiet)]);

        Assert.Equal([ConcernKind.NoRecentCheckIn], concerns.Select(c => c.Kind));
    }

    [Fact]
    public void APatientLoggingOnAnotherProgrammeIsNotQuietBecauseOfAQuietOne()
    {
        var concerns = PatientConcernRules.Merge([Diary(60, true, Quiet), Diary(2, true)]);

        Assert.Empty(concerns);
    }

    [Fact]
    public void AProgrammeThePatientCanNoLongerCheckInToIsNeverQuiet()
    {
        var concerns = PatientConcernRules.Merge([Diary(60, false, Quiet)]);

        Assert.Empty(concerns);
    }

    [Fact]
    public void ConcernsOfEveryFollowedProgrammeAreJoinedOncePerKindMostSeriousFirst()
    {
        var concerns = PatientConcernRules.Merge(
        [
            Diary(30, false, new Concern(ConcernKind.HighPain, "Pain 8/10 at the latest check-in.")),
            Diary(1, true, new Concern(ConcernKind.RedFlag, "Warning sign."), new Concern(ConcernKind.HighPain, "Pain 7/10 at the latest check-in.")),
        ]);

        Assert.Equal([ConcernKind.RedFlag, ConcernKind.HighPain], concerns.Select(c => c.Kind));
    }

    [Fact]
    public void AKindRaisedByTwoProgrammesIsListedInTheWordsOfTheOneSeenMostRecently()
    {
        var concerns = PatientConcernRules.Merge(
        [
            Diary(30, false, new Concern(ConcernKind.HighPain, "Pain 8/10 at the latest check-in.")),
            Diary(1, true, new Concern(ConcernKind.HighPain, "Pain 9/10 at the latest check-in.")),
        ]);

        Assert.Equal("Pain 9/10 at the latest check-in.", Assert.Single(concerns).Text);
    }

    [Fact]
    public void PatientsAreOrderedByTheirMostSeriousConcernThenByMoreConcernsThenByTheLatestCheckIn()
    {
        (string Name, Concern[] Concerns, int? DaysAgo)[] patients =
        [
            ("none", [], 1),
            ("quiet", [Quiet], null),
            ("pain, seen today", [new Concern(ConcernKind.HighPain, "")], 0),
            ("pain and flare-ups", [new Concern(ConcernKind.HighPain, ""), new Concern(ConcernKind.RepeatedFlareUps, "")], 5),
            ("red flag", [new Concern(ConcernKind.RedFlag, "")], 9),
            ("pain, seen last week", [new Concern(ConcernKind.HighPain, "")], 7),
        ];

        var ordered = PatientConcernRules.OrderByConcern(patients, p => p.Concerns, p => p.DaysAgo is int d ? Today.AddDays(-d) : null);

        Assert.Equal(["red flag", "pain and flare-ups", "pain, seen today", "pain, seen last week", "quiet", "none"], ordered.Select(p => p.Name));
    }

    private static FollowedDiary Diary(int lastSeenDaysAgo, bool canCheckIn, params Concern[] concerns) =>
        new(concerns, Today.AddDays(-lastSeenDaysAgo), canCheckIn);
}
