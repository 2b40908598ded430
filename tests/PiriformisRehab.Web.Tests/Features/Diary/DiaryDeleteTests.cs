using System.Net;
using Microsoft.EntityFrameworkCore;
using PiriformisRehab.Web.Features.Common;
using PiriformisRehab.Web.Tests.Infrastructure;

namespace PiriformisRehab.Web.Tests.Features.Diary;

/// <summary>"Delete my diary", and what deleting a saved result does to its diary.</summary>
public sealed class DiaryDeleteTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task DeletingRemovesOnlyThisDiarysCheckIns()
    {
        var (mine, myProgramme) = await DiaryForms.ProgrammeLinkAsync(factory);
        var (other, otherProgramme) = await DiaryForms.ProgrammeLinkAsync(factory);
        using var client = PhysioSession.NewClient(factory);
        await client.CheckInAsync($"/p/{mine}/diary", DiaryForms.GoodSession(DiaryForms.DaysAgo(2)));
        await client.CheckInAsync($"/p/{mine}/diary", DiaryForms.GoodSession(DiaryForms.DaysAgo(1)));
        await client.CheckInAsync($"/p/{other}/diary", DiaryForms.GoodSession());

        using var response = await client.PostDeleteAsync($"/p/{mine}/diary", confirm: true);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("data-deleted", await client.GetHtmlAsync(response.Headers.Location!.OriginalString), StringComparison.Ordinal);
        Assert.Equal(0, await DiaryForms.CountCheckInsAsync(factory, myProgramme));
        Assert.Equal(1, await DiaryForms.CountCheckInsAsync(factory, otherProgramme));
        await using var db = await ClinicDatabase.OpenAsync(factory);
        Assert.True(await db.Programmes.AnyAsync(p => p.Id == myProgramme, Ct));
    }

    [Fact]
    public async Task DeletingWithoutTickingTheBoxDeletesNothingAndSaysWhy()
    {
        var (token, programmeId) = await DiaryForms.ProgrammeLinkAsync(factory);
        using var client = PhysioSession.NewClient(factory);
        await client.CheckInAsync($"/p/{token}/diary", DiaryForms.GoodSession());

        using var response = await client.PostDeleteAsync($"/p/{token}/diary", confirm: false);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("data-confirm-missing", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(1, await DiaryForms.CountCheckInsAsync(factory, programmeId));
    }

    [Fact]
    public async Task DeletingTheSavedResultDeletesItsDiaryToo()
    {
        using var client = PhysioSession.NewClient(factory);
        var token = await client.SaveThroughResultsPageAsyncFor();
        await client.CheckInAsync($"/r/{token}/diary", DiaryForms.GoodSession().With("exercisesDone=&exercisePain=&morningAfter="));
        Guid savedId;
        await using (var db = await ClinicDatabase.OpenAsync(factory))
        {
            savedId = (await db.SavedAssessments.SingleAsync(a => a.TokenHash == ShareToken.Hash(token), Ct)).Id;
        }

        Assert.Equal(1, await DiaryForms.CountCheckInsAsync(factory, savedId: savedId));

        using var response = await client.PressDeleteAsync(token, confirm: true);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0, await DiaryForms.CountCheckInsAsync(factory, savedId: savedId));
    }
}
