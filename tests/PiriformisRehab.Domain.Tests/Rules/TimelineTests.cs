using PiriformisRehab.Domain.Questions;
using PiriformisRehab.Domain.Rules;

namespace PiriformisRehab.Domain.Tests.Rules;

/// <summary>The approximate recovery range (spec section 3, timeline).</summary>
public sealed class TimelineTests
{
    [Theory]
    [InlineData(Severity.Mild, 2, 3)]
    [InlineData(Severity.Moderate, 3, 6)]
    [InlineData(Severity.Severe, 6, 12)]
    public void RangeFollowsSeverity(Severity severity, int minWeeks, int maxWeeks)
    {
        var timeline = TimelineRules.Evaluate(severity, new Answers { DurationWeeks = 4 });

        Assert.Equal((minWeeks, maxWeeks), (timeline.MinWeeks, timeline.MaxWeeks));
    }

    // Long-standing pain takes longer to settle, so chronic symptoms widen the range.
    [Theory]
    [InlineData(Severity.Mild, 2, 3)]
    [InlineData(Severity.Moderate, 3, 6)]
    [InlineData(Severity.Severe, 6, 12)]
    public void TwelveWeeksDurationAddsChronicWeeks(Severity severity, int minWeeks, int maxWeeks)
    {
        var timeline = TimelineRules.Evaluate(severity, new Answers { DurationWeeks = 12 });

        Assert.Equal(
            (minWeeks + TimelineRules.ChronicExtraMin, maxWeeks + TimelineRules.ChronicExtraMax),
            (timeline.MinWeeks, timeline.MaxWeeks));
    }

    [Theory]
    [InlineData(11)]
    [InlineData(0)]
    [InlineData(null)]
    public void UnderTwelveWeeksOrNotGivenAddsNothing(int? durationWeeks)
    {
        var timeline = TimelineRules.Evaluate(Severity.Moderate, new Answers { DurationWeeks = durationWeeks });

        Assert.Equal((3, 6), (timeline.MinWeeks, timeline.MaxWeeks));
    }

    [Theory]
    [InlineData(Severity.Mild, null)]
    [InlineData(Severity.Moderate, 11)]
    [InlineData(Severity.Severe, 12)]
    [InlineData(Severity.Mild, 520)]
    public void NoteAlwaysSaysFlareUpsAreNormal(Severity severity, int? durationWeeks)
    {
        var timeline = TimelineRules.Evaluate(severity, new Answers { DurationWeeks = durationWeeks });

        Assert.Contains("flare-ups", timeline.Note, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("normal", timeline.Note, StringComparison.Ordinal);
    }

    // End to end: severe (worst pain 8) and chronic (20 weeks) is 6-12 plus 4-6 weeks.
    [Fact]
    public void ResultTimelineFollowsSeverityAndDuration()
    {
        var result = AssessmentEngine.Default.Evaluate(new Answers { PainWorst = 8, DurationWeeks = 20 });

        Assert.Equal(Severity.Severe, result.Severity);
        Assert.Equal((10, 18), (result.Timeline.MinWeeks, result.Timeline.MaxWeeks));
    }
}
