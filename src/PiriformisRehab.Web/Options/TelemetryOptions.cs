namespace PiriformisRehab.Web.Options;

/// <summary>
/// OpenTelemetry export (section "Telemetry"). Off unless an OTLP endpoint is configured here or
/// through the standard OTEL_EXPORTER_OTLP_ENDPOINT variable; nothing is collected when off.
/// </summary>
public sealed class TelemetryOptions
{
    public const string Section = "Telemetry";

    /// <summary>The collector's base address, for example http://127.0.0.1:4318 (OTLP over HTTP) or :4317 (gRPC).</summary>
    public Uri? OtlpEndpoint { get; set; }

    /// <summary>"HttpProtobuf" (the default here) or "Grpc".</summary>
    public string OtlpProtocol { get; set; } = "HttpProtobuf";

    public bool IsValid() =>
        (OtlpEndpoint is null || (OtlpEndpoint.IsAbsoluteUri && OtlpEndpoint.Scheme is "http" or "https"))
        && OtlpProtocol is "HttpProtobuf" or "Grpc";
}
