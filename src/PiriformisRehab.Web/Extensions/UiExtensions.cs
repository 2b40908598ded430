using MudBlazor.Services;
using PiriformisRehab.Web.Components;

namespace PiriformisRehab.Web.Extensions;

internal static class UiExtensions
{
    public static void AddUi(this WebApplicationBuilder builder)
    {
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddMudServices();
    }

    public static void MapUi(this WebApplication app)
    {
        app.MapStaticAssets();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
    }
}
