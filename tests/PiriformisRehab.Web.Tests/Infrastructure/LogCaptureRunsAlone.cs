namespace PiriformisRehab.Web.Tests.Infrastructure;

/// <summary>
/// Classes that capture logs run one at a time, after the parallel tests. Run side by side, one
/// capturing host's sink was seen receiving another capturing host's events (a full run failed on a
/// MudBlazor popover id that happened to contain "47"), so their assertions could not be trusted.
/// </summary>
[CollectionDefinition(nameof(LogCaptureRunsAlone), DisableParallelization = true)]
public sealed class LogCaptureRunsAlone;
