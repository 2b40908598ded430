using System.Net;
using PiriformisRehab.Web.Tests.Infrastructure;

namespace PiriformisRehab.Web.Tests.OpenInternet;

/// <summary>A diary keeps a few check-ins a day (a flood through one link stops there), but never refuses a warning sign.</summary>
public sealed class CheckInCapTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ACheckInPastTheDailyCapIsRefusedBesideTheDateAndNotStored()
    {
        await using var factory = new AppFactory { RateLimited = true, Settings = { ["RateLimiting:CheckInsPerDay"] = "2", ["RateLimiting:TokenPages:PermitLimit"] = "1000" } };
        var (token, programmeId) = await DiaryForms.ProgrammeLinkAsync(factory);
        using var client = PhysioSession.NewClient(factory);
        var diary = $"/p/{token}/diary";
        await client.CheckInAsync(diary, DiaryForms.GoodSession(DiaryForms.DaysAgo(2)));

        await client.CheckInAsync(diary, DiaryForms.GoodSession(DiaryForms.DaysAgo(1)));

        using var refused = await client.PostCheckInAsync(diary, DiaryForms.GoodSession());
        var html = await refused.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("already has 2 check-ins logged today", html, StringComparison.Ordinal);
        Assert.Equal(2, await DiaryForms.CountCheckInsAsync(factory, programmeId));
    }

    [Fact]
    public async Task AWarningSignIsStoredEvenPastTheDailyCap()
    {
        await using var factory = new AppFactory { RateLimited = true, Settings = { ["RateLimiting:CheckInsPerDay"] = "1", ["RateLimiting:TokenPages:PermitLimit"] = "1000" } };
        var (token, programmeId) = await DiaryForms.ProgrammeLinkAsync(factory);
        using var client = PhysioSession.NewClient(factory);
        var diary = $"/p/{token}/diary";
        await client.CheckInAsync(diary, DiaryForms.GoodSession(DiaryForms.DaysAgo(1)));

        var html = await client.CheckInAsync(diary, DiaryForms.GoodSession().With("redFlags=saddleNumbness"));

        Assert.Equal(2, await DiaryForms.CountCheckInsAsync(factory, programmeId));
        Assert.Contains("data-paused", html, StringComparison.Ordinal);
    }
}
