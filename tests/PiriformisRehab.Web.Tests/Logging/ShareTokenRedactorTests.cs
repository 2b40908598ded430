using PiriformisRehab.Web.Logging;
using PiriformisRehab.Web.Features.Common;
using Serilog.Events;
using Serilog.Parsing;

namespace PiriformisRehab.Web.Tests.Logging;

/// <summary>Link tokens are scrubbed from every log property before a sink sees them.</summary>
public sealed class ShareTokenRedactorTests
{
    private static readonly string Token = ShareToken.Create().Token;

    private static LogEvent Enriched(params LogEventProperty[] properties)
    {
        var logEvent = new LogEvent(DateTimeOffset.UtcNow, LogEventLevel.Debug, null, new MessageTemplateParser().Parse("test"), properties);
        new ShareTokenRedactor().Enrich(logEvent, null!);
        return logEvent;
    }

    [Theory]
    [InlineData("/r/{0}")]
    [InlineData("r/{0}")]
    [InlineData("http://localhost/p/{0}")]
    [InlineData("/r/{0}?x=1")]
    public void ATokenInAPathIsReplaced(string format)
    {
        var logEvent = Enriched(new LogEventProperty("Path", new ScalarValue(string.Format(System.Globalization.CultureInfo.InvariantCulture, format, Token))));

        var logged = logEvent.Properties["Path"].ToString();
        Assert.DoesNotContain(Token, logged, StringComparison.Ordinal);
        Assert.Contains("{token}", logged, StringComparison.Ordinal);
    }

    [Fact]
    public void ATokenInsideAStructuredValueIsReplaced()
    {
        var structure = new StructureValue([new LogEventProperty("Location", new ScalarValue(new Uri("http://localhost/r/" + Token)))]);

        var logEvent = Enriched(new LogEventProperty("Response", structure));

        Assert.DoesNotContain(Token, logEvent.Properties["Response"].ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void OtherPathsAreLeftAsTheyAre()
    {
        var value = new ScalarValue("/check/results");

        var logEvent = Enriched(new LogEventProperty("Path", value));

        Assert.Same(value, logEvent.Properties["Path"]);
    }
}
