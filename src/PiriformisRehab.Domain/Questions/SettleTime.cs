namespace PiriformisRehab.Domain.Questions;

/// <summary>How long symptoms take to settle after a flare (SINSS irritability).</summary>
public enum SettleTime
{
    /// <summary>Within minutes.</summary>
    Minutes,
    /// <summary>Within hours.</summary>
    Hours,
    /// <summary>Not until the next day.</summary>
    NextDay,
}

/// <summary>Whether the runner is running now.</summary>
public enum RunningStatus
{
    /// <summary>Running without pain.</summary>
    RunningPainFree,
    /// <summary>Running through pain.</summary>
    RunningWithPain,
    /// <summary>Has stopped running.</summary>
    Stopped,
}
