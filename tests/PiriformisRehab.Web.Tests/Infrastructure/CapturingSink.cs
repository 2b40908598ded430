using System.Collections.Concurrent;
using Serilog.Core;
using Serilog.Events;

namespace PiriformisRehab.Web.Tests.Infrastructure;

/// <summary>Keeps every log event the app writes, rendered with all its properties.</summary>
internal sealed class CapturingSink : ILogEventSink
{
    private readonly ConcurrentQueue<LogEvent> _events = new();

    public IReadOnlyCollection<LogEvent> Events => _events;

    public void Emit(LogEvent logEvent) => _events.Enqueue(logEvent);

    /// <summary>The message and every property value, as a sink writing JSON would see them.</summary>
    public string Everything() => string.Join(
        Environment.NewLine,
        _events.Select(e => e.RenderMessage() + " " + string.Join(" ", e.Properties.Select(p => $"{p.Key}={p.Value}"))));
}
