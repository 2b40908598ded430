using PiriformisRehab.Domain;
using PiriformisRehab.Domain.BodyMap;
using PiriformisRehab.Domain.Plans;
using PiriformisRehab.Domain.Questions;
using PiriformisRehab.Domain.Recovery;

namespace PiriformisRehab.Web.Extensions;

internal static class RulesEngineExtensions
{
    /// <summary>The engine and catalogues are immutable and loaded once from the embedded seeds.</summary>
    public static void AddRulesEngine(this WebApplicationBuilder builder)
    {
        // The one clock: diaries, links and saved results all count days from it (tests swap it).
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(QuestionCatalog.Default);
        builder.Services.AddSingleton(BodyMapCatalog.Default);
        builder.Services.AddSingleton(ExerciseCatalog.Default);
        builder.Services.AddSingleton<AnswerParser>();
        builder.Services.AddSingleton(sp => new AssessmentEngine(sp.GetRequiredService<ExerciseCatalog>()));
        builder.Services.AddSingleton(WalkRunPlan.Default);
        builder.Services.AddSingleton<CheckInParser>();
        builder.Services.AddSingleton<RecoveryEngine>();
    }
}
