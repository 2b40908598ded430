
namespace PiriformisRehab.Web.Tests.Infrastructure;

/// <summary>One app per test class with its clock stopped at noon today; each test registers its own physio.</summary>
public sealed class FollowUpApp : IAsyncLifetime
{
    public FixedClock Clock { get; } = FixedClock.NoonToday();

    public AppFactory Factory { get; }

    public FollowUpApp() => Factory = new AppFactory { Clock = Clock };

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => Factory.DisposeAsync();
}
