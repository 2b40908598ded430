using PiriformisRehab.Web.Features.PatientPages;

namespace PiriformisRehab.Web.Extensions;

internal static class PatientPageExtensions
{
    /// <summary>Set to false to render every patient page afresh (the load benchmark's "before").</summary>
    public const string KeepRenderedSetting = "PatientPages:KeepRendered";

    /// <summary>The patient pages rendered once (ADR-017).</summary>
    public static void AddPatientPages(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<PatientPageKeys>();
        builder.Services.AddSingleton<PatientPageCache>();
        builder.Services.AddSingleton<PatientFormTokens>();
    }

    /// <summary>Last before the endpoints: after the rate limits, sign-in and the token pages' headers.</summary>
    public static void UsePatientPages(this WebApplication app)
    {
        if (app.Configuration.GetValue(KeepRenderedSetting, true))
        {
            app.UseMiddleware<PatientPageMiddleware>();
        }
    }
}
