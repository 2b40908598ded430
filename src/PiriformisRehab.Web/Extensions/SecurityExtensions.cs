using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.HostFiltering;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;
using PiriformisRehab.Web.Middleware;
using PiriformisRehab.Web.Options;

namespace PiriformisRehab.Web.Extensions;

/// <summary>
/// Running on the open internet behind a TLS proxy: links from PublicBaseUrl, Host checked
/// against AllowedHosts, forwarded headers only from configured proxies, security headers on
/// every response, HSTS outside development, no Server header, Secure cookies over HTTPS.
/// </summary>
internal static class SecurityExtensions
{
    public static void AddSecurity(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<PublicUrlOptions>()
            .Configure<IConfiguration>((options, configuration) => options.PublicBaseUrl = configuration[PublicUrlOptions.SettingName] ?? string.Empty)
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<PublicUrlOptions>, PublicUrlOptionsValidator>();
        services.AddOptions<ForwardedHeadersSettings>().BindConfiguration(ForwardedHeadersSettings.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ForwardedHeadersSettings>, ForwardedHeadersSettingsValidator>();

        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<ForwardedHeadersSettings>>((options, settings) =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            options.ForwardLimit = settings.Value.ForwardLimit;
            // Only the configured proxies: the framework's default trusts loopback, which on a
            // shared host is anyone.
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            foreach (var proxy in settings.Value.KnownProxies)
            {
                options.KnownProxies.Add(System.Net.IPAddress.Parse(proxy));
            }

            foreach (var network in settings.Value.KnownNetworks)
            {
                options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });

        // The public host is always allowed, so setting PublicBaseUrl is enough behind a proxy that
        // keeps the Host header; AllowedHosts adds others (the defaults allow this machine only).
        services.AddOptions<HostFilteringOptions>().PostConfigure<IOptions<PublicUrlOptions>>((options, publicUrl) =>
        {
            if (PublicUrlOptionsValidator.Problem(publicUrl.Value.PublicBaseUrl) is null
                && !options.AllowedHosts.Contains("*") && !options.AllowedHosts.Contains(publicUrl.Value.BaseUri.IdnHost))
            {
                options.AllowedHosts = [.. options.AllowedHosts, publicUrl.Value.BaseUri.IdnHost];
            }
        });

        services.Configure<KestrelServerOptions>(options => options.AddServerHeader = false);
        services.AddHsts(options =>
        {
            options.MaxAge = TimeSpan.FromDays(365);
            options.IncludeSubDomains = true;
        });

        // Secure cookies: always when the public address is https (the proxy may speak plain http
        // to the app), otherwise whenever the request itself came over https. The cookie policy
        // marks every cookie, the antiforgery one included (whose own Always setting would refuse
        // any request that reaches the app over plain http).
        services.AddOptions<CookiePolicyOptions>().Configure<IOptions<PublicUrlOptions>>((options, publicUrl) =>
            options.Secure = SecurePolicy(publicUrl.Value));
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme).Configure<IOptions<PublicUrlOptions>>((options, publicUrl) =>
            options.Cookie.SecurePolicy = SecurePolicy(publicUrl.Value));
    }

    /// <summary>First in the pipeline, so every response (errors and assets too) gets the headers.</summary>
    public static void UseSecurity(this WebApplication app)
    {
        if (app.Services.GetRequiredService<IOptions<ForwardedHeadersSettings>>().Value.Enabled)
        {
            app.UseForwardedHeaders();
        }

        app.UseMiddleware<SecurityHeadersMiddleware>();
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.UseCookiePolicy();
    }

    private static CookieSecurePolicy SecurePolicy(PublicUrlOptions publicUrl) =>
        PublicUrlOptionsValidator.Problem(publicUrl.PublicBaseUrl) is null && publicUrl.IsHttps
            ? CookieSecurePolicy.Always
            : CookieSecurePolicy.SameAsRequest;
}
