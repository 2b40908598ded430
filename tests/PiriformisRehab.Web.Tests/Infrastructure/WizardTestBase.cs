using AngleSharp.Dom;
using Bunit;
using PiriformisRehab.Web.Components.Pages.SelfCheck;

namespace PiriformisRehab.Web.Tests.Infrastructure;

/// <summary>The self-check wizard (CheckPage) rendered in bUnit, with the ways a runner works it.</summary>
public abstract class WizardTestBase : ComponentTestBase
{
    protected IRenderedComponent<CheckPage> RenderCheck()
    {
        var cut = Render<CheckPage>();
        cut.WaitForState(() => cut.FindAll("[data-step], section.emergency").Count > 0);
        return cut;
    }

    protected static List<string?> QuestionIdsShown(IRenderedComponent<CheckPage> cut) =>
        [.. cut.FindAll("[data-question-id]").Select(e => e.GetAttribute("data-question-id"))];

    protected static IElement Question(IRenderedComponent<CheckPage> cut, string id) => cut.Find($"[data-question-id='{id}']");

    protected static IElement Radio(IRenderedComponent<CheckPage> cut, string id, string value) => cut.Find($"#in-{id}-{value}");

    /// <summary>Picks a radio the way the browser reports it: a change event on that input.</summary>
    protected static void Choose(IRenderedComponent<CheckPage> cut, string id, string value) => Radio(cut, id, value).Change(value);

    protected static List<IElement> Buttons(IRenderedComponent<CheckPage> cut, string text) =>
        [.. cut.FindAll("button").Where(b => b.TextContent.Trim() == text)];

    protected static void Click(IRenderedComponent<CheckPage> cut, string text) => Buttons(cut, text).Single().Click();
}
