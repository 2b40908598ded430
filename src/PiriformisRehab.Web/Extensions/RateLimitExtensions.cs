using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using PiriformisRehab.Web.Features.RateLimits;
using PiriformisRehab.Web.Options;

namespace PiriformisRehab.Web.Extensions;

internal static class RateLimitExtensions
{
    public static void AddRateLimits(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.SectionName).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<RateLimitOptions>, RateLimitOptionsValidator>();
        builder.Services.AddSingleton<SignInThrottle>();
        builder.Services.AddRateLimiter(_ => { });
        builder.Services.AddOptions<RateLimiterOptions>().Configure<IOptions<RateLimitOptions>>((limiter, settings) =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = TooManyRequests.WriteAsync;
            if (settings.Value.Enabled)
            {
                limiter.GlobalLimiter = AppRateLimits.Create(settings.Value);
            }
        });
    }

    /// <summary>After request logging (a refused request is logged as a 429), before any work is done.</summary>
    public static void UseRateLimits(this IApplicationBuilder app) => app.UseRateLimiter();
}
