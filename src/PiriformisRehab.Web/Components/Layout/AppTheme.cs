using MudBlazor;

namespace PiriformisRehab.Web.Components.Layout;

/// <summary>Colours chosen for WCAG AA contrast on white; system fonts (no web font download).</summary>
internal static class AppTheme
{
    public static readonly MudTheme Theme = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#1f5f8b",
            Secondary = "#6b4e16",
            AppbarBackground = "#1f5f8b",
            Error = "#b00020",
            Warning = "#8a4b00",
            Success = "#2e6b30",
            Info = "#1f5f8b",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography
            {
                FontFamily = ["system-ui", "-apple-system", "Segoe UI", "Roboto", "Helvetica", "Arial", "sans-serif"],
            },
        },
    };
}
