using Microsoft.Extensions.Options;

namespace PiriformisRehab.Web.Options;

/// <summary>
/// The address people reach the app at (setting <c>PublicBaseUrl</c>). Every absolute link and QR
/// code is built from it, never from the request's Host header, which any client can forge.
/// </summary>
public sealed class PublicUrlOptions
{
    public const string SettingName = "PublicBaseUrl";

    /// <summary>For example https://rehab.example.org or https://example.org/rehab.</summary>
    public string PublicBaseUrl { get; set; } = string.Empty;

    /// <summary>The base URL without a trailing slash; valid once start-up validation has passed.</summary>
    public Uri BaseUri => new(PublicBaseUrl.TrimEnd('/'), UriKind.Absolute);

    public bool IsHttps => BaseUri.Scheme == Uri.UriSchemeHttps;

    /// <summary>An absolute link to a path on this site (the path starts with a slash).</summary>
    public string LinkTo(string path) => PublicBaseUrl.TrimEnd('/') + path;
}

internal sealed class PublicUrlOptionsValidator : IValidateOptions<PublicUrlOptions>
{
    public ValidateOptionsResult Validate(string? name, PublicUrlOptions options) =>
        Problem(options.PublicBaseUrl) is { } problem
            ? ValidateOptionsResult.Fail($"{PublicUrlOptions.SettingName} {problem} (it was '{options.PublicBaseUrl}').")
            : ValidateOptionsResult.Success;

    internal static string? Problem(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return "must be set to the address people use to reach the app, for example https://rehab.example.org";
        }

        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            return "must be an absolute http or https URL";
        }

        if (uri.Query.Length > 0 || uri.Fragment.Length > 0 || uri.UserInfo.Length > 0)
        {
            return "must not carry a query, a fragment or user info";
        }

        // Patient links carry tokens: outside this machine they must travel over TLS.
        return uri.Scheme == Uri.UriSchemeHttp && !uri.IsLoopback
            ? "must use https unless it points at this machine (localhost)"
            : null;
    }
}
