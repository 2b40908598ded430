using PiriformisRehab.Domain.Recovery;
using static PiriformisRehab.Domain.Tests.Infrastructure.Diary;

namespace PiriformisRehab.Domain.Tests.Recovery;

/// <summary>What alerts the physio, and how patients are sorted by concern.</summary>
public sealed class ConcernTests
{
    private static IReadOnlyList<Concern> For(DateOnly today, params CheckIn[] ordered)
    {
        var (_, pausedBy) = PauseRules.Follow(ordered);
        return ConcernRules.For(ordered, pausedBy, today, Start);
    }

    [Theory]
    [InlineData(6, false)]
    [InlineData(7, true)]
    [InlineData(10, true)]
    public void WorstPainOfSevenOrMoreAtTheLatestCheckInIsAConcern(int worst, bool expected)
    {
        var concerns = For(Day(1), Pain(1, 3, worst));

        Assert.Equal(expected, concerns.Any(c => c.Kind == ConcernKind.HighPain));
    }

    [Fact]
    public void EarlierHighPainIsNoLongerAConcern()
    {
        Assert.DoesNotContain(For(Day(3), Pain(1, 8), Pain(3, 3)), c => c.Kind == ConcernKind.HighPain);
    }

    [Theory]
    [InlineData("FF", true)]
    [InlineData("GF", false)]
    [InlineData("FG", false)]
    [InlineData("FNF", true)]
    [InlineData("F", false)]
    public void TwoFlareUpsInARowAreAConcern(string sessions, bool expected)
    {
        var checkIns = sessions.Select((s, day) => s switch
        {
            'F' => Exercises(day, morning: MorningAfter.Worse),
            'G' => Exercises(day),
            _ => Pain(day, 3),
        }).ToArray();

        Assert.Equal(expected, For(Day(5), checkIns).Any(c => c.Kind == ConcernKind.RepeatedFlareUps));
    }

    [Theory]
    [InlineData(13, false)]
    [InlineData(14, true)]
    [InlineData(30, true)]
    public void FourteenDaysWithoutACheckInIsAConcern(int daysSince, bool expected)
    {
        Assert.Equal(expected, For(Day(2 + daysSince), Pain(2, 3)).Any(c => c.Kind == ConcernKind.NoRecentCheckIn));
    }

    [Fact]
    public void NoCheckInFourteenDaysAfterTheLinkIsAConcern()
    {
        Assert.Contains(For(Day(14)), c => c.Kind == ConcernKind.NoRecentCheckIn);
    }

    [Fact]
    public void QuietRecoveringPatientHasNoConcern()
    {
        Assert.Empty(For(Day(5), Exercises(1), Exercises(3)));
    }

    [Fact]
    public void PatientsSortByTheirMostSeriousConcern()
    {
        var redFlag = For(Day(3), Flags(3, yes: "saddleNumbness"));
        var highPain = For(Day(3), Pain(3, 8));
        var flareUps = For(Day(3), Exercises(2, morning: MorningAfter.Worse), Exercises(3, morning: MorningAfter.Worse));
        var quiet = For(Day(20), Pain(3, 3));
        var none = For(Day(3), Pain(3, 3));

        var sorted = new[] { none, quiet, flareUps, highPain, redFlag }.OrderBy(ConcernRules.SortKey).ToList();

        Assert.Equal([redFlag, highPain, flareUps, quiet, none], sorted);
    }

    [Fact]
    public void MoreConcernsSortFirstAtTheSameRank()
    {
        var highPainAndFlareUps = For(Day(3), Exercises(2, morning: MorningAfter.Worse), Exercises(3, 2, MorningAfter.Worse, 8));
        var highPainOnly = For(Day(3), Pain(3, 8));

        Assert.True(ConcernRules.SortKey(highPainAndFlareUps).CompareTo(ConcernRules.SortKey(highPainOnly)) < 0);
    }
}
