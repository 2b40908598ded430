using PiriformisRehab.Web.Logging;
using PiriformisRehab.Web.Options;
using Serilog;
using Serilog.Events;

namespace PiriformisRehab.Web.Extensions;

internal static class LoggingExtensions
{
    /// <summary>The log property naming the instance; the console template shows it on every line.</summary>
    public const string InstanceProperty = "Instance";

    public static void AddAppLogging(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<InstanceOptions>().BindConfiguration(InstanceOptions.Section)
            .Validate(o => !string.IsNullOrWhiteSpace(o.Name), "Instance:Name must not be empty.")
            .ValidateOnStart();
        // Several instances write to one place: every event says which one wrote it.
        var instance = builder.Configuration.GetSection(InstanceOptions.Section).Get<InstanceOptions>()?.Name ?? InstanceOptions.DefaultName;
        // preserveStaticLogger keeps the bootstrap logger unfrozen, so several hosts can start in
        // one process (the test factories) without Serilog's "logger already frozen" error.
        builder.Services.AddSerilog(
            (services, lc) => lc.ReadFrom.Configuration(builder.Configuration).ReadFrom.Services(services)
                .Enrich.WithProperty(InstanceProperty, instance)
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
            // A balancer probes health every second or so (and gets 503 while an instance drains):
            // those lines would bury everything else.
            options.GetLevel = (http, _, ex) => (ex, http.Response.StatusCode, http.Request.Path.StartsWithSegments("/health")) switch
            {
                ({ }, _, _) => LogEventLevel.Error,
                (_, _, true) => LogEventLevel.Verbose,
                (_, >= 500, _) => LogEventLevel.Error,
                _ => LogEventLevel.Information,
            };
        });
    }
}
