using PiriformisRehab.Web.Middleware;

namespace PiriformisRehab.Web.Extensions;

internal static class PipelineExtensions
{
    /// <summary>The one not-found page; it picks its body by the area of the address asked for.</summary>
    public const string NotFoundPath = "/not-found";

    public static void UseAppPipeline(this WebApplication app)
    {
        app.UseAppRequestLogging();
        app.Use(PackageAssetCompression.InvokeAsync);
        app.Use(TokenPageHeaders.InvokeAsync);
        // After the token-page headers, so a refused token page still sends no Referer.
        app.UseRateLimits();
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

            // Only a GET is re-executed as the not-found page. A re-executed POST would pass the
            // antiforgery check a second time (a failed check then throws), so a refused or
            // not-found form post gets a plain status page instead.
            pages.UseWhen(IsRead, reads => reads.UseStatusCodePagesWithReExecute(NotFoundPath, createScopeForStatusCodePages: true));
            pages.UseWhen(ctx => !IsRead(ctx), posts => posts.UseStatusCodePages());
        });
        app.UseClientErrors();
        // Routing runs after the asset rewrite, so the rewritten path picks the compressed endpoint,
        // and after the status-code pages, so a re-executed /not-found is routed afresh.
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
    }

    private static bool IsRead(HttpContext context) => HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method);

    private static bool IsApi(HttpContext context) => context.Request.Path.StartsWithSegments("/api");
}
