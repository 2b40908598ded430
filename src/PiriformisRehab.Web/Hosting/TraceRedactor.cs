using System.Diagnostics;
using OpenTelemetry;
using PiriformisRehab.Web.Logging;

namespace PiriformisRehab.Web.Hosting;

/// <summary>
/// Traces follow the logs' rule: no link token leaves the process. Instrumentations record the raw
/// path (url.path), and Blazor's spans may carry a navigated address, so before export every
/// string tag and the span's name lose any token after /p/ or /r/.
/// </summary>
internal sealed class TraceRedactor : BaseProcessor<Activity>
{
    public override void OnEnd(Activity data)
    {
        if (ShareTokenRedactor.Redact(data.DisplayName) is var name && !ReferenceEquals(name, data.DisplayName))
        {
            data.DisplayName = name;
        }

        List<KeyValuePair<string, string>>? changed = null;
        foreach (var (key, value) in data.TagObjects)
        {
            if (value is string text && ShareTokenRedactor.Redact(text) is var safe && !ReferenceEquals(safe, text))
            {
                (changed ??= []).Add(new(key, safe));
            }
            else if (value is Uri uri && ShareTokenRedactor.Redact(uri.OriginalString) is var safeUri && !ReferenceEquals(safeUri, uri.OriginalString))
            {
                (changed ??= []).Add(new(key, safeUri));
            }
        }

        foreach (var (key, safe) in changed ?? [])
        {
            data.SetTag(key, safe);
        }
    }
}
