using Bunit;
using PiriformisRehab.Domain.Recovery;
using PiriformisRehab.Web.Components.Diary;
using PiriformisRehab.Web.Tests.Infrastructure;

namespace PiriformisRehab.Web.Tests.Components;

/// <summary>The diary's charts: one figure per measure, each with the same numbers as a table.</summary>
public sealed class DiaryChartsTests : ComponentTestBase
{
    private static readonly DateOnly Day1 = new(2026, 3, 2);

    [Fact]
    public void EachMeasureIsAFigureWithACaptionADrawingAndATable()
    {
        var cut = Render<DiaryCharts>(p => p.Add(c => c.CheckIns, ThreeCheckIns()));

        var figures = cut.FindAll("figure.diary-chart");
        Assert.Equal(["pain", "sitting", "running"], figures.Select(f => f.GetAttribute("data-chart")));
        foreach (var figure in figures)
        {
            Assert.NotNull(figure.QuerySelector("figcaption"));
            Assert.NotNull(figure.QuerySelector("[role=img] svg"));
            Assert.NotNull(figure.QuerySelector("details table caption"));
            Assert.NotEmpty(figure.QuerySelectorAll("thead th"));
            Assert.NotEmpty(figure.QuerySelectorAll("tbody th"));
            Assert.All(figure.QuerySelectorAll("thead th"), th => Assert.Equal("col", th.GetAttribute("scope")));
            Assert.All(figure.QuerySelectorAll("tbody th"), th => Assert.Equal("row", th.GetAttribute("scope")));
        }
    }

    [Fact]
    public void ThePainTableHoldsPainNowAndWorstForEachCheckIn()
    {
        var cut = Render<DiaryCharts>(p => p.Add(c => c.CheckIns, ThreeCheckIns()));

        var rows = cut.FindAll("[data-chart=pain] tbody tr");
        Assert.Equal(
            [["2 Mar 2026", "6", "8"], ["4 Mar 2026", "4", "6"], ["6 Mar 2026", "2", "3"]],
            rows.Select(r => r.Children.Select(c => c.TextContent.Trim()).ToArray()));
    }

    [Fact]
    public void TheSittingChartHoldsOnlyTheDaysSittingWasTimed()
    {
        var cut = Render<DiaryCharts>(p => p.Add(c => c.CheckIns, ThreeCheckIns()));

        var cells = cut.FindAll("[data-chart=sitting] tbody td").Select(td => td.TextContent.Trim());
        Assert.Equal(["20", "45"], cells);
    }

    [Fact]
    public void ASingleCheckInDrawsAPointForEachValue()
    {
        var cut = Render<DiaryCharts>(p => p.Add(c => c.CheckIns, ThreeCheckIns().Take(1).ToList()));

        Assert.Equal(["6", "8"], cut.FindAll("[data-chart=pain] [data-single-point] circle").Select(c => c.GetAttribute("data-point")));
        Assert.Equal(["20"], cut.FindAll("[data-chart=sitting] [data-single-point] circle").Select(c => c.GetAttribute("data-point")));
    }

    [Theory]
    [InlineData(5)]
    [InlineData(45)]
    [InlineData(120)]
    [InlineData(600)]
    public void TheMinutesAxisHasAtMostFiveLabelsSoTheyNeverOverlap(int minutes)
    {
        var chart = DiaryChartData.Sitting([CheckIn(Day1, 2, 3, sitting: minutes), CheckIn(Day1.AddDays(1), 2, 3, sitting: 1)]);

        Assert.True(chart.Max / chart.AxisStep <= 4, $"{minutes} minutes in steps of {chart.AxisStep}");
    }

    [Fact]
    public void TheRunningTableCountsOnlyRunningMinutesAndZeroOnOtherDays()
    {
        var cut = Render<DiaryCharts>(p => p.Add(c => c.CheckIns, ThreeCheckIns()));

        var cells = cut.FindAll("[data-chart=running] tbody td").Select(td => td.TextContent.Trim());
        Assert.Equal(["0", "0", "4"], cells);
    }

    [Fact]
    public void TheTextAlternativeGivesTheFirstAndLatestValues()
    {
        var cut = Render<DiaryCharts>(p => p.Add(c => c.CheckIns, ThreeCheckIns()));

        var summary = cut.Find("[data-chart=pain] [data-chart-summary]").TextContent;
        Assert.Contains("3 check-ins", summary);
        Assert.Contains("Pain now: 6 out of 10 on 2 Mar 2026, 2 out of 10 on 6 Mar 2026", summary);
        var drawing = cut.Find("[data-chart=pain] [role=img]");
        Assert.Equal(cut.Find("[data-chart=pain] [data-chart-summary]").Id, drawing.GetAttribute("aria-describedby"));
    }

    [Fact]
    public void WithNoCheckInASentenceTakesThePlaceOfTheCharts()
    {
        var cut = Render<DiaryCharts>(p => p.Add(c => c.CheckIns, new List<CheckIn>()));

        Assert.Empty(cut.FindAll("figure"));
        Assert.Empty(cut.FindAll("svg"));
        Assert.NotEmpty(cut.Find("[data-charts-empty]").TextContent.Trim());
    }

    [Fact]
    public void AMeasureNeverLoggedShowsASentenceInsteadOfAnEmptyChart()
    {
        var checkIns = ThreeCheckIns().Select(c => c with { SittingMinutes = null }).ToList();

        var cut = Render<DiaryCharts>(p => p.Add(c => c.CheckIns, checkIns));

        var sitting = cut.Find("[data-chart=sitting]");
        Assert.Null(sitting.QuerySelector("svg"));
        Assert.Equal("No sitting times logged yet.", sitting.QuerySelector("[data-chart-empty]")?.TextContent);
    }

    [Fact]
    public void NoRunsAtAllShowASentenceRatherThanAFlatLine()
    {
        var checkIns = ThreeCheckIns().Select(c => c with { Activity = RunActivity.None, WalkRunPhase = null, RunMinutes = null, RunPain = null }).ToList();

        var cut = Render<DiaryCharts>(p => p.Add(c => c.CheckIns, checkIns));

        Assert.Equal("No running logged yet.", cut.Find("[data-chart=running] [data-chart-empty]").TextContent);
    }

    [Fact]
    public void OnlyTheChartsAskedForAreShown()
    {
        var cut = Render<DiaryCharts>(p => p
            .Add(c => c.CheckIns, ThreeCheckIns())
            .Add(c => c.Show, DiaryChartKinds.Pain | DiaryChartKinds.Running)
            .Add(c => c.IdPrefix, "patient"));

        Assert.Equal(["pain", "running"], cut.FindAll("figure").Select(f => f.GetAttribute("data-chart")));
        Assert.Equal("patient-pain-caption", cut.Find("[data-chart=pain] figcaption").Id);
    }

    private static List<CheckIn> ThreeCheckIns() =>
    [
        CheckIn(Day1, 6, 8, sitting: 20),
        CheckIn(Day1.AddDays(2), 4, 6, sitting: null, activity: RunActivity.BriskWalk, runMinutes: 30),
        CheckIn(Day1.AddDays(4), 2, 3, sitting: 45, activity: RunActivity.WalkRun, runMinutes: 4),
    ];

    private static CheckIn CheckIn(DateOnly date, int now, int worst, int? sitting, RunActivity activity = RunActivity.None, int? runMinutes = null) =>
        new(date, now, worst, MorningAfter.Same, 2, sitting, activity, activity == RunActivity.WalkRun ? 1 : null, runMinutes,
            activity == RunActivity.None ? null : 1, ["clamshell"], null, [], false);
}
