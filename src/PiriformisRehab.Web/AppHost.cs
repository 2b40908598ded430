namespace PiriformisRehab.Web;

/// <summary>Host options that let the published app start from any working directory.</summary>
internal static class AppHost
{
    public static WebApplicationOptions Options(string[] args)
    {
        // The default content root is the current directory, which breaks appsettings.json and
        // wwwroot when the published app is started from elsewhere. A caller that names a content
        // root (WebApplicationFactory does) keeps it.
        var named = args.Any(a => a.StartsWith("--contentRoot", StringComparison.OrdinalIgnoreCase))
            || Environment.GetEnvironmentVariable("ASPNETCORE_CONTENTROOT") is not null;
        var root = named || File.Exists(Path.Combine(Directory.GetCurrentDirectory(), "appsettings.json"))
            ? null
            : AppContext.BaseDirectory;
        return new WebApplicationOptions { Args = args, ContentRootPath = root };
    }
}
