using PiriformisRehab.Web.Options;

namespace PiriformisRehab.Web.Extensions;

internal static class OptionsExtensions
{
    /// <summary>
    /// Typed settings bound by section name and checked at start-up: a bad value stops the app with
    /// a message naming the setting, rather than surfacing on the first request that reads it.
    /// </summary>
    public static void AddAppOptions(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<PatientLinkOptions>().BindConfiguration(PatientLinkOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<ApiOptions>().BindConfiguration(ApiOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<EmergencyContactOptions>().BindConfiguration(EmergencyContactOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<AccountOptions>().BindConfiguration(AccountOptions.Section).ValidateDataAnnotations().ValidateOnStart();
    }
}
