namespace PiriformisRehab.Web.Extensions;

internal static class PipelineExtensions
{
    public static void UseAppPipeline(this WebApplication app)
    {
        app.UseAppRequestLogging();
        app.UsePackageAssetCompression();
        app.UseTokenPageHeaders();
        app.UseWhen(IsApi, api =>
        {
            // API clients get RFC 9457 problem+json for every error, including 404 and 405.
            api.UseExceptionHandler();
            api.UseStatusCodePages();
        });
        app.UseWhen(ctx => !IsApi(ctx), pages =>
        {
            if (!app.Environment.IsDevelopment())
            {
                pages.UseExceptionHandler("/Error", createScopeForErrors: true);
            }

            pages.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        });
        // Routing runs after the asset rewrite, so the rewritten path picks the compressed endpoint,
        // and after the status-code pages, so a re-executed /not-found is routed afresh.
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
    }

    private static bool IsApi(HttpContext context) => context.Request.Path.StartsWithSegments("/api");
}
