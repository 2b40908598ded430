using Bunit;
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
    protected ComponentTestBase() => AddTestServices();

    protected static QuestionCatalog Catalog => QuestionCatalog.Default;

    private void AddTestServices()
    {
        // Loose: focus calls, MudBlazor's own interop and localStorage writes return defaults,
        // so getItem answers null (no stored draft) unless a test seeds one.
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddSingleton(QuestionCatalog.Default);
        Services.AddSingleton(PiriformisRehab.Domain.BodyMap.BodyMapCatalog.Default);
        Services.AddSingleton(ExerciseCatalog.Default);
        Services.AddSingleton<AnswerParser>();
        Services.AddSingleton(sp => new AssessmentEngine(sp.GetRequiredService<ExerciseCatalog>()));
        Services.AddSingleton<SelfCheckService>();
        Services.AddSingleton<SelfCheckFlow>();
        Services.AddSingleton(Microsoft.Extensions.Options.Options.Create(new PiriformisRehab.Web.Options.EmergencyContactOptions()));
    }

    /// <summary>A draft with these answers.</summary>
    protected static AnswerDraft Draft(params (string Id, string Value)[] answers)
    {
        var draft = new AnswerDraft();
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
