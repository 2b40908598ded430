namespace PiriformisRehab.Web.Extensions;

internal static class PipelineExtensions
{
    /// <summary>Where a failed token page is re-executed; under /p so it keeps the token-page headers.</summary>
    public const string LinkNotValidPath = "/p/not-valid";

    public static void UseAppPipeline(this WebApplication app)
    {
        app.UseAppRequestLogging();
        app.UsePackageAssetCompression();
        app.UseTokenPageHeaders();
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
            // A page that sets 404 while rendering leaves the body to the status-code page. Token
            // pages (/p, /r) get "link not valid" for any failure, so a link's state never shows.
            pages.UseWhen(
                ctx => IsRead(ctx) && !TokenPageHeaders.IsTokenPath(ctx.Request.Path),
                reads => reads.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true));
            pages.UseWhen(
                ctx => IsRead(ctx) && TokenPageHeaders.IsTokenPath(ctx.Request.Path),
                reads => reads.UseStatusCodePagesWithReExecute(LinkNotValidPath, createScopeForStatusCodePages: true));
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
