using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using PiriformisRehab.Web.Hosting;
using PiriformisRehab.Web.Options;

namespace PiriformisRehab.Web.Extensions;

internal static class TelemetryExtensions
{
    /// <summary>Blazor's own meters and spans (.NET 10): circuits, rendering, navigation and events.</summary>
    private static readonly string[] BlazorMeters =
        ["Microsoft.AspNetCore.Components", "Microsoft.AspNetCore.Components.Lifecycle", "Microsoft.AspNetCore.Components.Server.Circuits"];

    /// <summary>
    /// Traces and metrics for ASP.NET Core, outgoing HTTP, the database (EF Core on either provider)
    /// and Blazor, exported over OTLP only when an endpoint is configured. Off by default, so a
    /// plain run collects nothing.
    /// </summary>
    public static void AddAppTelemetry(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<TelemetryOptions>().BindConfiguration(TelemetryOptions.Section)
            .Validate(o => o.IsValid(), "Telemetry:OtlpEndpoint must be an absolute http(s) address and Telemetry:OtlpProtocol HttpProtobuf or Grpc.")
            .ValidateOnStart();
        var telemetry = builder.Configuration.GetSection(TelemetryOptions.Section).Get<TelemetryOptions>() ?? new TelemetryOptions();
        var endpoint = telemetry.OtlpEndpoint
            ?? (Uri.TryCreate(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"], UriKind.Absolute, out var standard) ? standard : null);
        if (endpoint is null)
        {
            return;
        }

        var instance = builder.Configuration.GetSection(InstanceOptions.Section).Get<InstanceOptions>()?.Name ?? InstanceOptions.DefaultName;
        var protocol = telemetry.OtlpProtocol == "Grpc" ? OtlpExportProtocol.Grpc : OtlpExportProtocol.HttpProtobuf;
        builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("PiriformisRehab", serviceInstanceId: instance))
            .WithTracing(tracing => tracing
                .AddSource(BlazorMeters[0])
                .AddAspNetCoreInstrumentation(options => options.Filter = http => !http.Request.Path.StartsWithSegments("/health"))
                .AddHttpClientInstrumentation()
                .AddEntityFrameworkCoreInstrumentation()
                .AddProcessor<TraceRedactor>())
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddMeter(BlazorMeters))
            .UseOtlpExporter(protocol, endpoint);
    }
}
