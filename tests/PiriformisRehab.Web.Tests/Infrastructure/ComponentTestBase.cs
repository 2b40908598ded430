using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;
using PiriformisRehab.Domain;
using PiriformisRehab.Domain.Plans;
using PiriformisRehab.Domain.Questions;
using PiriformisRehab.Web.Features.SelfCheck;

namespace PiriformisRehab.Web.Tests.Infrastructure;

/// <summary>
/// A bUnit context with the services the self-check components use, registered as the app does
/// (RulesEngineExtensions, SelfCheckExtensions) but against bUnit's fake JS runtime.
/// </summary>
public abstract class ComponentTestBase : BunitContext
{
    /// <summary>The localStorage key DraftStore reads and writes.</summary>
    protected const string DraftKey = "piriformisRehab.draft.v1";

    protected ComponentTestBase() => AddTestServices();

    protected static QuestionCatalog Catalog => QuestionCatalog.Default;

    private void AddTestServices()
    {
        // Loose: focus calls, MudBlazor's own interop and localStorage writes return defaults,
        // so getItem answers null (no stored draft) unless a test seeds one.
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddSingleton(QuestionCatalog.Default);
        Services.AddSingleton(ExerciseCatalog.Default);
        Services.AddSingleton<AnswerParser>();
        Services.AddSingleton(sp => new AssessmentEngine(sp.GetRequiredService<ExerciseCatalog>()));
        Services.AddSingleton<SelfCheckService>();
        Services.AddScoped<DraftStore>();

        // The wizard is @rendermode InteractiveServer and reads RendererInfo, which bUnit needs
        // stated. This resolves the renderer, so it comes after every registration.
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
    }

    /// <summary>Makes localStorage hold <paramref name="draft"/>, as if saved by an earlier visit.</summary>
    protected void SeedDraft(AnswerDraft draft) =>
        JSInterop.Setup<string?>("localStorage.getItem", DraftKey).SetResult(draft.ToJson());

    /// <summary>A draft with these answers on this step.</summary>
    protected static AnswerDraft Draft(int step, params (string Id, string Value)[] answers)
    {
        var draft = new AnswerDraft { Step = step };
        foreach (var (id, value) in answers)
        {
            draft.Set(id, value);
        }

        return draft;
    }

    /// <summary>Every safety question answered no.</summary>
    protected static (string Id, string Value)[] SafetyAllNo() =>
        [.. Catalog.InSection("safety").Select(q => (q.Id, "false"))];
}
