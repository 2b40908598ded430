using Serilog.Core;
using Serilog.Events;

namespace PiriformisRehab.Web.Logging;

/// <summary>
/// Serilog's request logging always attaches the raw RequestPath, which for share links is a
/// secret. This replaces it with the route template on every event before any sink sees it.
/// </summary>
internal sealed class RequestPathRedactor : ILogEventEnricher
{
    public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
    {
        if (!logEvent.Properties.ContainsKey("RequestPath"))
        {
            return;
        }

        var safe = logEvent.Properties.TryGetValue("RouteTemplate", out var route) ? route : new ScalarValue("(redacted)");
        logEvent.AddOrUpdateProperty(new LogEventProperty("RequestPath", safe));
    }
}
