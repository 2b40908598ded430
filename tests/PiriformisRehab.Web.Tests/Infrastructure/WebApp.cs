namespace PiriformisRehab.Web.Tests.Infrastructure;

/// <summary>The web project's own build output, for tests that start the app as a process of its own.</summary>
internal static class WebApp
{
    private static readonly DirectoryInfo Output = new(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));

    /// <summary>src/PiriformisRehab.Web, from tests/PiriformisRehab.Web.Tests/bin/&lt;Configuration&gt;/net10.0/.</summary>
    public static string ProjectDirectory { get; } = Path.Combine(Output.Parent!.Parent!.Parent!.Parent!.Parent!.FullName, "src", "PiriformisRehab.Web");

    public static string DllPath { get; } = Find();

    private static string Find()
    {
        var dll = Path.Combine(ProjectDirectory, "bin", Output.Parent!.Name, Output.Name, "PiriformisRehab.Web.dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException($"The web app's build output is missing at {dll}.");
    }
}
