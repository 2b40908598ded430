using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace PiriformisRehab.Web.Tests.Infrastructure;

/// <summary>The real app in memory, one per test class (xunit class fixture).</summary>
public sealed class AppFactory : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        // Package assets (MudBlazor, the Blazor script) are found through the build manifest, which
        // only the Development environment reads by default.
        builder.UseStaticWebAssets();
        // Request lines for hundreds of test requests drown the failures that matter.
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
    }
}
