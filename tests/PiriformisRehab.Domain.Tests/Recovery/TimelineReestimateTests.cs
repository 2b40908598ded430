using PiriformisRehab.Domain.Recovery;
using static PiriformisRehab.Domain.Tests.Infrastructure.Diary;
using PiriformisRehab.Domain.Tests.Infrastructure;

namespace PiriformisRehab.Domain.Tests.Recovery;

/// <summary>The timeline re-estimated from the diary: a 2-point NPRS change is the smallest that matters.</summary>
public sealed class TimelineReestimateTests
{
    // A check-in at the start (pain startPain) and at the given day (pain lastPain).
    [Theory]
    [InlineData(6, 5, 10, RecoveryTrend.EarlyDays)]
    [InlineData(6, 2, 13, RecoveryTrend.EarlyDays)]
    [InlineData(6, 4, 14, RecoveryTrend.OnTrack)]
    [InlineData(6, 5, 14, RecoveryTrend.OnTrack)]
    [InlineData(6, 5, 20, RecoveryTrend.OnTrack)]
    [InlineData(6, 5, 21, RecoveryTrend.SlowerThanExpected)]
    [InlineData(6, 5, 41, RecoveryTrend.SlowerThanExpected)]
    [InlineData(6, 5, 42, RecoveryTrend.SeePhysio)]
    [InlineData(6, 4, 42, RecoveryTrend.OnTrack)]
    [InlineData(6, 6, 60, RecoveryTrend.SeePhysio)]
    [InlineData(4, 6, 14, RecoveryTrend.SeePhysio)]
    [InlineData(4, 5, 14, RecoveryTrend.OnTrack)]
    [InlineData(3, 2, 50, RecoveryTrend.OnTrack)]
    [InlineData(3, 3, 50, RecoveryTrend.SeePhysio)]
    public void TrendFollowsTheChangeAndTheTimeInTheDiary(int startPain, int lastPain, int lastDay, RecoveryTrend expected)
    {
        var estimate = TimelineReestimateRules.Evaluate([Pain(0, startPain), Pain(lastDay, lastPain)]);

        Assert.Equal(expected, estimate.Trend);
    }

    [Fact]
    public void OneCheckInIsTooEarlyToJudge()
    {
        Assert.Equal(RecoveryTrend.EarlyDays, TimelineReestimateRules.Evaluate([Pain(0, 6)]).Trend);
    }

    [Fact]
    public void FirstAndLastWeeksAreAveragedSoOneDayDoesNotDecide()
    {
        // First week 6 and 6; last week 5 and 3 (average 4): a 2-point improvement.
        var estimate = TimelineReestimateRules.Evaluate([Pain(0, 6), Pain(3, 6), Pain(40, 5), Pain(42, 3)]);

        Assert.Equal((6.0, 4.0, 42, RecoveryTrend.OnTrack), (estimate.StartPain, estimate.RecentPain, estimate.DaysInDiary, estimate.Trend));
    }

    [Fact]
    public void AChangeJustUnderTwoPointsIsNotMeaningfulEvenIfItRoundsToTwo()
    {
        // First week 6, 6, 6, 5 (5.75); last week 4, 4, 4, 4, 3 (3.8): a change of 1.95.
        var estimate = TimelineReestimateRules.Evaluate(
            [Pain(0, 6), Pain(1, 6), Pain(2, 6), Pain(3, 5), Pain(26, 4), Pain(27, 4), Pain(28, 4), Pain(29, 4), Pain(30, 3)]);

        Assert.Equal(RecoveryTrend.SlowerThanExpected, estimate.Trend);
    }

    [Fact]
    public void SeePhysioAfterSixWeeksSaysWhy()
    {
        var estimate = TimelineReestimateRules.Evaluate([Pain(0, 6), Pain(42, 5)]);

        Assert.Contains("six weeks", estimate.Text, StringComparison.Ordinal);
        Assert.Contains("physio", estimate.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckInsNeedNotArriveInOrder()
    {
        var picture = RecoveryEngine.Default.Evaluate(RecoveryStarts.GlutesAt(1), [Pain(42, 5), Pain(0, 6)], Day(42));

        Assert.Equal(RecoveryTrend.SeePhysio, picture.Timeline.Trend);
    }
}
