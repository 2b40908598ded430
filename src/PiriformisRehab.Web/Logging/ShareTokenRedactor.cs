using System.Text.RegularExpressions;
using Serilog.Core;
using Serilog.Events;

namespace PiriformisRehab.Web.Logging;

/// <summary>
/// Defence in depth behind the route-template request log: framework categories (hosting
/// diagnostics, Blazor's navigation manager) log full paths and redirect targets at Debug and
/// Information. Whatever the configured levels, a link token after /r/ or /p/ in any property is
/// replaced before a sink sees it.
/// </summary>
internal sealed partial class ShareTokenRedactor : ILogEventEnricher
{
    private const string Redacted = "{token}";

    // 43 base64url characters (ShareToken's length) after an r/ or p/ path segment.
    [GeneratedRegex("(?<=(?:^|/)[rRpP]/)[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])", RegexOptions.CultureInvariant)]
    private static partial Regex TokenInPath();

    public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
    {
        foreach (var (name, value) in logEvent.Properties.ToList())
        {
            var safe = Redact(value);
            if (!ReferenceEquals(safe, value))
            {
                logEvent.AddOrUpdateProperty(new LogEventProperty(name, safe));
            }
        }
    }

    /// <summary>The text with any link token replaced; the same instance when there was none (traces use it too).</summary>
    public static string Redact(string text) => TokenInPath().IsMatch(text) ? TokenInPath().Replace(text, Redacted) : text;

    /// <summary>The same instance when nothing needed redacting, so untouched events cost no allocation.</summary>
    private static LogEventPropertyValue Redact(LogEventPropertyValue value) => value switch
    {
        ScalarValue { Value: string text } when TokenInPath().IsMatch(text) => new ScalarValue(TokenInPath().Replace(text, Redacted)),
        ScalarValue { Value: Uri uri } when TokenInPath().IsMatch(uri.OriginalString) => new ScalarValue(TokenInPath().Replace(uri.OriginalString, Redacted)),
        SequenceValue sequence => RedactAll(sequence.Elements, elements => new SequenceValue(elements), sequence),
        StructureValue structure => RedactAll(
            structure.Properties.Select(p => p.Value).ToList(),
            values => new StructureValue(structure.Properties.Zip(values, (p, v) => new LogEventProperty(p.Name, v)), structure.TypeTag),
            structure),
        _ => value,
    };

    private static LogEventPropertyValue RedactAll(IReadOnlyList<LogEventPropertyValue> values, Func<List<LogEventPropertyValue>, LogEventPropertyValue> rebuild, LogEventPropertyValue original)
    {
        var redacted = values.Select(Redact).ToList();
        return redacted.Where((v, i) => !ReferenceEquals(v, values[i])).Any() ? rebuild(redacted) : original;
    }
}
