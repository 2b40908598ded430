using PiriformisRehab.Web.Tests.Infrastructure;
using static PiriformisRehab.Web.Tests.Features.PatientPages.PatientPageViews;

namespace PiriformisRehab.Web.Tests.Features.PatientPages;

/// <summary>The diary counts days (stages, the 14-day rules): a page kept yesterday is not today's.</summary>
public sealed class NextDayPageTests : IDisposable
{
    private readonly MovableClock _clock = MovableClock.NoonToday();
    private readonly AppFactory _factory;

    public NextDayPageTests() => _factory = new AppFactory { Clock = _clock };

    [Theory]
    [MemberData(nameof(Pages), MemberType = typeof(PatientPageViews))]
    public async Task TheFirstViewOfTheNextDayIsRenderedAfresh(string page)
    {
        using var shared = await ShareAsync(_factory);
        await ViewHtmlAsync(_factory, shared.PathOf(page));
        var (served, kept) = (Kept(_factory).Served, Kept(_factory).Kept);

        _clock.Advance(TimeSpan.FromDays(1));
        await ViewHtmlAsync(_factory, shared.PathOf(page));

        Assert.Equal(served, Kept(_factory).Served);
        Assert.Equal(kept + 1, Kept(_factory).Kept);
    }

    public void Dispose() => _factory.Dispose();
}
