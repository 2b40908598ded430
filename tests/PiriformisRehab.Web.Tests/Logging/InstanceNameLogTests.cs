using System.Text.Json;
using Serilog.Events;
using PiriformisRehab.Web.Tests.Infrastructure;

namespace PiriformisRehab.Web.Tests.Logging;

/// <summary>Several instances write to one place, so every log line names the instance that wrote it.</summary>
[Collection(nameof(LogCaptureRunsAlone))]
public sealed class InstanceNameLogTests
{
    [Fact]
    public async Task EveryLogEventCarriesTheConfiguredInstanceName()
    {
        await using var factory = new AppFactory { Settings = new Dictionary<string, string?> { ["Instance:Name"] = "green-instance-2" } };
        var sink = new CapturingSink();
        using var app = factory.WithLogCapture(sink);
        using var physio = await PhysioSession.RegisterAsync(PhysioSession.NewClient(app), factory);
        using (await physio.Client.GetAsync("/clinic", TestContext.Current.CancellationToken))
        {
        }

        Assert.NotEmpty(sink.Events);
        Assert.All(sink.Events, e => Assert.Equal(new ScalarValue("green-instance-2").ToString(), e.Properties["Instance"].ToString()));
    }

    [Fact]
    public void TheConsoleLineShowsTheInstanceName()
    {
        using var settings = JsonDocument.Parse(
            File.ReadAllText(Path.Combine(WebApp.ProjectDirectory, "appsettings.json")),
            new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var console = settings.RootElement.GetProperty("Serilog").GetProperty("WriteTo").EnumerateArray()
            .Single(sink => sink.GetProperty("Name").GetString() == "Console");

        Assert.Contains("{Instance}", console.GetProperty("Args").GetProperty("outputTemplate").GetString(), StringComparison.Ordinal);
    }
}
