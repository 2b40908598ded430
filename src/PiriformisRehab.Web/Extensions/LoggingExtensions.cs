using PiriformisRehab.Web.Logging;
using Serilog;
using Serilog.Events;

namespace PiriformisRehab.Web.Extensions;

internal static class LoggingExtensions
{
    public static void AddAppLogging(this WebApplicationBuilder builder)
    {
        // preserveStaticLogger keeps the bootstrap logger unfrozen, so several hosts can start in
        // one process (the test factories) without Serilog's "logger already frozen" error.
        builder.Services.AddSerilog(
            (services, lc) => lc.ReadFrom.Configuration(builder.Configuration).ReadFrom.Services(services)
                .Enrich.With<RequestPathRedactor>()
                .Enrich.With<ShareTokenRedactor>(),
            preserveStaticLogger: true);
    }

    /// <summary>
    /// One line per request, naming the route template, never the path or query: paths will carry
    /// share tokens and bodies carry health answers, and neither may reach the logs.
    /// </summary>
    public static void UseAppRequestLogging(this WebApplication app)
    {
        app.UseSerilogRequestLogging(options =>
        {
            // With preserveStaticLogger the static Log.Logger stays the bootstrap logger; request
            // lines must go through the configured one (levels, sinks, RequestPathRedactor).
            options.Logger = app.Services.GetRequiredService<Serilog.ILogger>();
            options.MessageTemplate = "HTTP {RequestMethod} {RouteTemplate} responded {StatusCode} in {Elapsed:0.0} ms";
            options.EnrichDiagnosticContext = (diagnostics, http) =>
            {
                var route = (http.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? "(static or unmatched)";
                diagnostics.Set("RouteTemplate", route);
            };
            options.GetLevel = (http, _, ex) => ex is not null || http.Response.StatusCode >= 500
                ? LogEventLevel.Error
                : LogEventLevel.Information;
        });
    }
}
