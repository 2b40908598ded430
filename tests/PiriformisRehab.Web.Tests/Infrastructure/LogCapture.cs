using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;

namespace PiriformisRehab.Web.Tests.Infrastructure;

/// <summary>One way to point the app's logs at a <see cref="CapturingSink"/>, at the most talkative levels.</summary>
internal static class LogCapture
{
    /// <param name="factory">The app.</param>
    /// <param name="sink">Where events go.</param>
    /// <param name="frameworkVerbose">
    /// Also lower the framework's own categories (shipped at Warning) to Verbose: that is where a token
    /// in a path or a form could leak. Off for checks of the app's own request line, which the
    /// framework's "Request starting" line (raw path, never on in production) would otherwise repeat.
    /// </param>
    public static WebApplicationFactory<Program> WithLogCapture(this WebApplicationFactory<Program> factory, CapturingSink sink, bool frameworkVerbose = true) =>
        factory.WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Serilog:MinimumLevel:Default", "Verbose");
            if (frameworkVerbose)
            {
                builder.UseSetting("Serilog:MinimumLevel:Override:Microsoft.AspNetCore", "Verbose");
                builder.UseSetting("Serilog:MinimumLevel:Override:Microsoft.EntityFrameworkCore", "Verbose");
            }

            builder.ConfigureServices(services => services.AddSingleton<ILogEventSink>(sink));
        });
}
