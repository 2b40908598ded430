namespace PiriformisRehab.Web.Options;

/// <summary>
/// How an instance leaves a load balancer (section "Shutdown"). On SIGTERM it first fails
/// readiness and refuses new circuits while still serving for <see cref="UnreadyDelay"/>, so the
/// balancer moves new visitors elsewhere; then it stops listening and waits at most
/// <see cref="DrainTimeout"/> for open requests and live circuits before closing them.
/// </summary>
public sealed class ShutdownOptions
{
    public const string Section = "Shutdown";

    /// <summary>Long enough for the balancer's readiness probe to fail (a couple of its intervals).</summary>
    public TimeSpan UnreadyDelay { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>
    /// Short: a live circuit never finishes by itself, so a long drain only delays the deploy;
    /// its browser reconnects to another instance and the self-check draft lives in the browser.
    /// </summary>
    public TimeSpan DrainTimeout { get; set; } = TimeSpan.FromSeconds(5);

    public bool IsValid() =>
        UnreadyDelay >= TimeSpan.Zero && UnreadyDelay <= TimeSpan.FromMinutes(5)
        && DrainTimeout >= TimeSpan.Zero && DrainTimeout <= TimeSpan.FromMinutes(5);
}
