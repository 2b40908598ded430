using Bunit;
using PiriformisRehab.Web.Components.Clinic;
using PiriformisRehab.Web.Tests.Infrastructure;

namespace PiriformisRehab.Web.Tests.Components;

/// <summary>The clinic list's pain line: a fixed 0-10 scale, named by its numbers for screen readers.</summary>
public sealed class PainSparklineTests : ComponentTestBase
{
    [Fact]
    public void TheLineIsNamedByItsPainValues()
    {
        var cut = Render<PainSparkline>(p => p.Add(c => c.Values, [6, 5, 3]));

        var svg = cut.Find("svg[data-sparkline]");
        Assert.Equal("img", svg.GetAttribute("role"));
        Assert.Equal("Pain now at the last 3 check-ins, out of 10: 6, 5, 3", svg.GetAttribute("aria-label"));
    }

    [Fact]
    public void PainTenIsAtTheTopAndZeroAtTheBottomWhateverTheValues()
    {
        var cut = Render<PainSparkline>(p => p.Add(c => c.Values, [10, 0]));

        Assert.Equal("3,3 93,25", cut.Find("polyline").GetAttribute("points"));
    }

    [Fact]
    public void OneCheckInDrawsNoLine()
    {
        var cut = Render<PainSparkline>(p => p.Add(c => c.Values, [4]));

        Assert.Empty(cut.FindAll("svg"));
    }
}
