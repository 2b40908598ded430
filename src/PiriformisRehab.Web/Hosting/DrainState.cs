namespace PiriformisRehab.Web.Hosting;

/// <summary>Set once when the host begins to stop; readiness and the circuit gate read it.</summary>
public sealed class DrainState
{
    private volatile bool _draining;

    public bool IsDraining => _draining;

    public void BeginDraining() => _draining = true;
}
