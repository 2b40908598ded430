using System.Net;
using Microsoft.Extensions.Options;

namespace PiriformisRehab.Web.Options;

/// <summary>
/// The reverse proxies (for example the TLS terminator) whose X-Forwarded-For and
/// X-Forwarded-Proto headers are believed (section <c>ForwardedHeaders</c>). Empty by default:
/// then no forwarded header is believed at all, so a client cannot claim another address or
/// scheme by sending one.
/// </summary>
public sealed class ForwardedHeadersSettings
{
    public const string SectionName = "ForwardedHeaders";

    /// <summary>Proxy addresses, for example "10.0.0.5" or "::1".</summary>
    public List<string> KnownProxies { get; set; } = [];

    /// <summary>Proxy networks in CIDR notation, for example "10.0.0.0/24".</summary>
    public List<string> KnownNetworks { get; set; } = [];

    /// <summary>How many proxies sit in front of the app (each adds one entry to the headers).</summary>
    public int ForwardLimit { get; set; } = 1;

    public bool Enabled => KnownProxies.Count > 0 || KnownNetworks.Count > 0;
}

internal sealed class ForwardedHeadersSettingsValidator : IValidateOptions<ForwardedHeadersSettings>
{
    public ValidateOptionsResult Validate(string? name, ForwardedHeadersSettings options)
    {
        var failures = new List<string>();
        failures.AddRange(options.KnownProxies
            .Where(p => !IPAddress.TryParse(p, out _))
            .Select(p => $"{ForwardedHeadersSettings.SectionName}:KnownProxies has '{p}', which is not an IP address."));
        failures.AddRange(options.KnownNetworks
            .Where(n => !System.Net.IPNetwork.TryParse(n, out _))
            .Select(n => $"{ForwardedHeadersSettings.SectionName}:KnownNetworks has '{n}', which is not a network like 10.0.0.0/24."));
        if (options.ForwardLimit is < 1 or > 10)
        {
            failures.Add($"{ForwardedHeadersSettings.SectionName}:ForwardLimit must be 1 to 10 (it was {options.ForwardLimit}).");
        }

        return failures.Count > 0 ? ValidateOptionsResult.Fail(failures) : ValidateOptionsResult.Success;
    }
}
