namespace PiriformisRehab.Web.Options;

/// <summary>Which instance this process is (section "Instance"), on every log line and in telemetry.</summary>
public sealed class InstanceOptions
{
    public const string Section = "Instance";

    /// <summary>Defaults to the machine name and process id, unique among instances on one host.</summary>
    public string Name { get; set; } = DefaultName;

    public static string DefaultName { get; } = $"{Environment.MachineName}-{Environment.ProcessId}";

    /// <summary>The name before configuration is read (the bootstrap logger): the environment's, or the default.</summary>
    public static string FromEnvironment() =>
        Environment.GetEnvironmentVariable("Instance__Name") is { Length: > 0 } name ? name : DefaultName;
}
