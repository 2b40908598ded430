using System.Globalization;
using Bunit;
using PiriformisRehab.Domain.BodyMap;
using PiriformisRehab.Web.Components.SelfCheck;
using PiriformisRehab.Web.Tests.Infrastructure;

namespace PiriformisRehab.Web.Tests.Components;

/// <summary>
/// The body map renderer (issue 13 item 2): one labelled checkbox per place, posted under its own
/// name, the pictures hidden from assistive technology, and every place drawn alike on both sides.
/// </summary>
public sealed class BodyMapFieldTests : ComponentTestBase
{
    private static BodyMapCatalog Map => BodyMapCatalog.Default;

    public static TheoryData<string> MapPages => [.. Catalog.Pages.Where(p => Map.RegionsFor(p.QuestionIds).Count > 0).Select(p => p.Id)];

    [Theory]
    [MemberData(nameof(MapPages))]
    public void EachPlaceIsALabelledCheckboxPostedUnderItsOwnName(string pageId)
    {
        var regions = RegionsOf(pageId);

        var cut = Field(regions, ticked: []);

        var boxes = cut.FindAll("input[type=checkbox][data-region-toggle]");
        Assert.Equal(regions.Select(r => "where." + r.Id), boxes.Select(b => b.GetAttribute("name")));
        Assert.All(boxes, b => Assert.Equal("true", b.GetAttribute("value")));
        Assert.All(boxes, b => Assert.Contains(regions.Single(r => r.Id == b.GetAttribute("data-region-toggle")).Label, b.ParentElement!.TextContent, StringComparison.Ordinal));
        Assert.Equal(regions.Select(r => string.Join(' ', r.QuestionIds)), boxes.Select(b => b.GetAttribute("data-answers")));
    }

    [Theory]
    [MemberData(nameof(MapPages))]
    public void NoneOfThesePlacesIsItsOwnUntickedBox(string pageId)
    {
        var cut = Field(RegionsOf(pageId), ticked: []);

        var none = cut.Find("#where-none");
        Assert.Equal("where.none", none.GetAttribute("name"));
        Assert.False(none.HasAttribute("checked"));
        Assert.Contains("None of these places", none.ParentElement!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void OnlyTheTickedPlacesAreShownTickedInTheListAndThePicture()
    {
        var regions = RegionsOf("hip-and-pelvis");

        var cut = Field(regions, ticked: ["outer-hip"]);

        Assert.Equal(["outer-hip"], cut.FindAll("input[data-region-toggle][checked]").Select(b => b.GetAttribute("data-region-toggle")));
        Assert.All(cut.FindAll("g[data-region]"), g => Assert.Equal(g.GetAttribute("data-region") == "outer-hip", g.ClassList.Contains("is-ticked")));
    }

    [Fact]
    public void ThePicturesAreHiddenFromScreenReadersWhichUseTheList()
    {
        var cut = Field(RegionsOf("where-it-spreads"), ticked: []);

        Assert.Equal("true", cut.Find(".body-map__views").GetAttribute("aria-hidden"));
        Assert.Equal("Where do you feel it? Tick every place, on either side", cut.Find("fieldset[data-body-map] > legend").TextContent);
    }

    [Theory]
    [InlineData("main-signs", "back")]
    [InlineData("where-it-spreads", "back front")]
    [InlineData("hip-and-pelvis", "back front")]
    public void APageDrawsOnlyTheViewsItsPlacesAreIn(string pageId, string views)
    {
        var cut = Field(RegionsOf(pageId), ticked: []);

        Assert.Equal(views, string.Join(' ', cut.FindAll("figure[data-view]").Select(f => f.GetAttribute("data-view"))));
    }

    [Theory]
    [MemberData(nameof(MapPages))]
    public void EveryPlaceIsDrawnAsAMirrorPairSoNoSideIsFavoured(string pageId)
    {
        var cut = Field(RegionsOf(pageId), ticked: []);

        Assert.All(cut.FindAll("g[data-region]"), g =>
        {
            var paths = g.QuerySelectorAll("path").Select(p => p.GetAttribute("d")!).ToList();
            Assert.True(paths.Count % 2 == 0, "Each shape has its mirror image.");
            for (var i = 0; i < paths.Count; i += 2)
            {
                var left = Xs(paths[i]);
                var right = Xs(paths[i + 1]);
                Assert.All(left, x => Assert.InRange(x, 0, Map.Width / 2));
                Assert.Equal(left.Select(x => Math.Round(Map.Width - x, 2)).Order(), right.Select(x => Math.Round(x, 2)).Order());
            }
        });
    }

    [Fact]
    public void AnErrorStandsBesideTheMapAndDescribesIt()
    {
        var cut = Render<BodyMapField>(p => p.Add(c => c.Regions, RegionsOf("main-signs")).Add(c => c.Ticked, new HashSet<string>()).Add(c => c.Error, "Tick one"));

        Assert.Contains("Tick one", cut.Find("#body-map-error").TextContent, StringComparison.Ordinal);
        Assert.Equal("body-map-hint body-map-error", cut.Find("fieldset[data-body-map]").GetAttribute("aria-describedby"));
    }

    private static IReadOnlyList<BodyMapRegion> RegionsOf(string pageId) => Map.RegionsFor(Catalog.Pages.Single(p => p.Id == pageId).QuestionIds);

    private IRenderedComponent<BodyMapField> Field(IReadOnlyList<BodyMapRegion> regions, string[] ticked) =>
        Render<BodyMapField>(p => p.Add(c => c.Regions, regions).Add(c => c.Ticked, ticked.ToHashSet()));

    /// <summary>The absolute x coordinates of a path: polygons (M/L x y) and ellipses (M x y, then relative arcs).</summary>
    private static List<double> Xs(string d)
    {
        if (d.Contains('a', StringComparison.Ordinal))
        {
            // "M{x - rx} {cy}a{rx} {ry} 0 1 0 {2rx} 0...": the leftmost and rightmost points.
            var parts = d[1..].Split('a')[0].Split(' ');
            var rx = double.Parse(d.Split('a')[1].Split(' ')[0], CultureInfo.InvariantCulture);
            var x = double.Parse(parts[0], CultureInfo.InvariantCulture);
            return [x, x + (2 * rx)];
        }

        return [.. d.Trim('M', 'Z').Split('L').Select(p => double.Parse(p.Split(' ')[0], CultureInfo.InvariantCulture))];
    }
}
