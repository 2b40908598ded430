using PiriformisRehab.Web.Features.SelfCheck;

namespace PiriformisRehab.Web.Extensions;

internal static class SelfCheckExtensions
{
    public static void AddSelfCheck(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<SelfCheckService>();
        builder.Services.AddSingleton<SelfCheckFlow>();
        builder.Services.AddSingleton<DraftCookie>();
    }
}
