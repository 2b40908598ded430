using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Playwright;
using PiriformisRehab.Domain.Plans;
using PiriformisRehab.EndToEnd.Tests.Infrastructure;
using PiriformisRehab.Web.Components.SelfCheck;

namespace PiriformisRehab.EndToEnd.Tests;

/// <summary>
/// Every exercise figure in Chromium at 360 px: the moving figure on screen, the two still
/// positions under reduced motion and in print (black and white, the sore leg black), with
/// screenshots under TestResults/screenshots for a person to look over.
/// </summary>
public sealed class ExerciseFigureBrowserTests(AppServer server)
{
    public static TheoryData<string> ExerciseIds =>
        [.. ExerciseCatalog.Default.Categories.SelectMany(c => c.Exercises).Select(e => e.Id)];

    /// <summary>The real component's markup, placed in an app page (its stylesheet and policy).</summary>
    private async Task<IPage> PageWithFigureAsync(string exerciseId, bool reducedMotion = false)
    {
        var exercise = ExerciseCatalog.Default.Find(exerciseId)!;
        await using var renderer = new HtmlRenderer(server.Services, NullLoggerFactory.Instance);
        var markup = await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var output = await renderer.RenderComponentAsync<ExercisePicture>(ParameterView.FromDictionary(new Dictionary<string, object?>
            {
                [nameof(ExercisePicture.ExerciseId)] = exercise.Id,
                [nameof(ExercisePicture.Name)] = exercise.Name,
            }));
            return output.ToHtmlString();
        });

        var page = await server.NewPageAsync(Viewport.Phone);
        if (reducedMotion)
        {
            await page.EmulateMediaAsync(new PageEmulateMediaOptions { ReducedMotion = ReducedMotion.Reduce });
        }

        await page.GotoAsync("/");
        await page.EvaluateAsync("([name, html]) => { const main = document.querySelector('main'); main.innerHTML = '<h1>' + name + '</h1>' + html; }", new[] { exercise.Name, markup });
        // Freeze the loop at its start so screenshots are repeatable.
        await page.EvaluateAsync("() => document.querySelectorAll('svg.figure-motion').forEach(s => { s.pauseAnimations(); s.setCurrentTime(0); })");
        return page;
    }

    [Theory]
    [MemberData(nameof(ExerciseIds))]
    public async Task TheFigureMovesOnScreenAndFitsAPhone(string exerciseId)
    {
        var page = await PageWithFigureAsync(exerciseId);

        var figure = page.Locator($"[data-figure='{exerciseId}']");
        await Assertions.Expect(figure.Locator("svg.figure-motion")).ToBeVisibleAsync();
        await Assertions.Expect(figure.Locator(".exercise-figure__stills")).ToBeHiddenAsync();
        var box = await figure.BoundingBoxAsync();
        Assert.True(box is { Width: > 200 and <= 360, Height: > 60 }, $"The figure is {box?.Width} x {box?.Height} px.");
        await AxeCheck.FitsViewportAsync(page);
        await figure.ScreenshotAsync(new() { Path = Path.Combine(AppServer.ArtifactsDirectory, $"figure-{exerciseId}-phone.png") });
    }

    [Theory]
    [MemberData(nameof(ExerciseIds))]
    public async Task WithReducedMotionTheStartAndEndStandStillSideBySide(string exerciseId)
    {
        var page = await PageWithFigureAsync(exerciseId, reducedMotion: true);

        var figure = page.Locator($"[data-figure='{exerciseId}']");
        await Assertions.Expect(figure.Locator("svg.figure-motion")).ToBeHiddenAsync();
        await Assertions.Expect(figure.Locator("svg.figure-still")).ToHaveCountAsync(2);
        await Assertions.Expect(figure.Locator("svg.figure-still").First).ToHaveAttributeAsync("aria-label", new System.Text.RegularExpressions.Regex("^Start: "));
        await Assertions.Expect(figure.Locator("svg.figure-still").Last).ToBeVisibleAsync();
        await figure.ScreenshotAsync(new() { Path = Path.Combine(AppServer.ArtifactsDirectory, $"figure-{exerciseId}-still-phone.png") });
    }

    [Fact]
    public async Task PrintedFiguresAreStillAndGreyWithTheSoreLegBlack()
    {
        var page = await PageWithFigureAsync("supineFigure4Stretch");

        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        var figure = page.Locator("[data-figure='supineFigure4Stretch']");
        await Assertions.Expect(figure.Locator("svg.figure-motion")).ToBeHiddenAsync();
        await Assertions.Expect(figure.Locator("svg.figure-still").First).ToBeVisibleAsync();
        var strokes = await figure.Locator("svg.figure-still").First.EvaluateAsync<string[]>(
            "svg => [...svg.querySelectorAll('path[data-chain]')].map(p => p.getAttribute('data-chain') + '=' + getComputedStyle(p).stroke)");
        Assert.Contains("NearLeg=rgb(0, 0, 0)", strokes);
        Assert.All(strokes, s => Assert.Matches(@"=rgb\((\d+), \1, \1\)$", s));
    }

    [Fact]
    public async Task APageOfFiguresHasNoSeriousAxeViolations()
    {
        var page = await PageWithFigureAsync("seatedSciaticSlider");

        await AxeCheck.NoSeriousViolationsAsync(page, "a page with an exercise figure");
    }
}
