using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using PiriformisRehab.Web.Tests.Infrastructure;
using static PiriformisRehab.Web.Tests.Features.PatientPages.PatientPageViews;

namespace PiriformisRehab.Web.Tests.Features.PatientPages;

/// <summary>
/// Patient pages rendered once (ADR-017, hazard H22): a kept page reads exactly as a fresh one, and
/// anything that changes what the page says, or whether the link works, shows on the next view.
/// </summary>
public sealed class PatientPageCacheTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Pages), MemberType = typeof(PatientPageViews))]
    public async Task ASecondViewIsServedFromTheKeptPageAndReadsLikeTheFirst(string page)
    {
        using var shared = await ShareAsync(factory);
        var fresh = await ViewHtmlAsync(factory, shared.PathOf(page));
        var served = Kept(factory).Served;

        var kept = await ViewHtmlAsync(factory, shared.PathOf(page));

        Assert.Equal(served + 1, Kept(factory).Served);
        Assert.Equal(WithoutPerRequestParts(fresh), WithoutPerRequestParts(kept));
    }

    [Theory]
    [MemberData(nameof(Pages), MemberType = typeof(PatientPageViews))]
    public async Task AKeptPageIsSentWithTheHeadersOfAFreshOne(string page)
    {
        using var shared = await ShareAsync(factory);
        using var fresh = await ViewAsync(factory, shared.PathOf(page));

        using var kept = await ViewAsync(factory, shared.PathOf(page));

        Assert.Equal(HeadersOf(fresh), HeadersOf(kept));
        Assert.Equal("no-referrer", kept.Headers.GetValues("Referrer-Policy").Single());
        Assert.True(kept.Headers.CacheControl?.NoStore);
    }

    [Fact]
    public async Task APhysiosNewNoteOnAnExerciseShowsOnTheNextViewOfTheProgramme()
    {
        using var shared = await ShareAsync(factory);
        await ViewHtmlAsync(factory, shared.Programme);
        await ViewHtmlAsync(factory, shared.Programme);

        await EditFirstExerciseNoteAsync(shared, "Keep the knee soft on the way down");

        Assert.Contains("Keep the knee soft on the way down", await ViewHtmlAsync(factory, shared.Programme), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACheckInShowsOnTheNextViewOfTheDiary()
    {
        using var shared = await ShareAsync(factory);
        await ViewHtmlAsync(factory, shared.Diary);
        using var patient = PhysioSession.NewClient(factory);

        await patient.CheckInAsync(shared.Diary, DiaryForms.GoodSession(DiaryForms.DaysAgo(1)).With("note=Hill reps felt strong"));

        Assert.Contains("Hill reps felt strong", await ViewHtmlAsync(factory, shared.Diary), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AWarningSignPausesTheNextViewOfTheDiaryAndThePhysiosResumeLiftsIt()
    {
        using var shared = await ShareAsync(factory);
        await ViewHtmlAsync(factory, shared.Diary);
        using var patient = PhysioSession.NewClient(factory);

        await patient.CheckInAsync(shared.Diary, DiaryForms.GoodSession().With("redFlags=bladderBowelChange"));
        var paused = await ViewHtmlAsync(factory, shared.Diary);
        using var resumed = await shared.Physio.SubmitAsync($"/clinic/patients/{shared.PatientId}",
            $"/clinic/patients/{shared.PatientId}/programmes/{shared.ProgrammeId}/review/resume", new() { ["note"] = "Seen by GP: carry on." });
        var running = await ViewHtmlAsync(factory, shared.Diary);

        Assert.Contains("data-paused=\"true\"", paused, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, resumed.StatusCode);
        Assert.Contains("data-paused=\"false\"", running, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ADeletedDiaryShowsNoCheckInOnTheNextView()
    {
        using var shared = await ShareAsync(factory);
        using var patient = PhysioSession.NewClient(factory);
        await patient.CheckInAsync(shared.Diary, DiaryForms.GoodSession(DiaryForms.DaysAgo(1)).With("note=Tempo run felt easy"));
        await ViewHtmlAsync(factory, shared.Diary);
        var before = await ViewHtmlAsync(factory, shared.Diary);

        using var deleted = await patient.PostDeleteAsync(shared.Diary, confirm: true);

        Assert.Contains("Tempo run felt easy", before, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.DoesNotContain("Tempo run felt easy", await ViewHtmlAsync(factory, shared.Diary), StringComparison.Ordinal);
    }

    public static TheoryData<string, string> EndedLinks
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var page in Pages)
            {
                foreach (var end in (string[])["revoked", "expired", "programme archived", "patient archived"])
                {
                    data.Add(page, end);
                }
            }

            return data;
        }
    }

    /// <summary>
    /// The link is ended behind the app's back (bulk updates move no diary revision), so only the
    /// check of the link on every request can turn the kept page away.
    /// </summary>
    [Theory]
    [MemberData(nameof(EndedLinks))]
    public async Task AnEndedLinkIsNotValidEvenWhenItsPageWasKept(string page, string end)
    {
        using var shared = await ShareAsync(factory);
        await ViewHtmlAsync(factory, shared.PathOf(page));
        await ViewHtmlAsync(factory, shared.PathOf(page));

        await EndAsync(shared, end);
        using var response = await ViewAsync(factory, shared.PathOf(page));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Pages), MemberType = typeof(PatientPageViews))]
    public async Task ASignedInPhysioIsNeverServedAKeptPage(string page)
    {
        using var shared = await ShareAsync(factory);
        await ViewHtmlAsync(factory, shared.PathOf(page));
        var served = Kept(factory).Served;

        using var response = await shared.Physio.Client.GetAsync(shared.PathOf(page), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(served, Kept(factory).Served);
    }

    [Theory]
    [InlineData("?saved=true", false)]
    [InlineData("?done=clamshell", false)]
    [InlineData("", true)]
    public async Task AQueryOrEnhancedNavigationIsRenderedAfresh(string query, bool enhanced)
    {
        using var shared = await ShareAsync(factory);
        await ViewHtmlAsync(factory, shared.Diary);
        var served = Kept(factory).Served;

        using var response = await ViewAsync(factory, shared.Diary + query, request =>
        {
            if (enhanced)
            {
                request.Headers.Accept.Add(MediaTypeWithQualityHeaderValue.Parse("text/html; blazor-enhanced-nav=on"));
            }
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(served, Kept(factory).Served);
    }

    [Fact]
    public async Task TheFormTokenOnAKeptDiaryIsAcceptedForACheckIn()
    {
        using var shared = await ShareAsync(factory);
        await ViewHtmlAsync(factory, shared.Diary);
        var served = Kept(factory).Served;
        using var patient = PhysioSession.NewClient(factory);

        using var response = await patient.PostCheckInAsync(shared.Diary, DiaryForms.GoodSession(DiaryForms.DaysAgo(1)));

        Assert.Equal(served + 1, Kept(factory).Served);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [Fact]
    public async Task TwoLinksToOneProgrammeEachShowOnlyTheirOwnToken()
    {
        using var shared = await ShareAsync(factory);
        await ViewHtmlAsync(factory, shared.Diary);
        var second = await shared.Physio.IssueLinkAsync(shared.PatientId, shared.ProgrammeId);

        await ViewHtmlAsync(factory, $"/p/{second}/diary");
        var kept = await ViewHtmlAsync(factory, $"/p/{second}/diary");

        Assert.Contains(second, kept, StringComparison.Ordinal);
        Assert.DoesNotContain(shared.Token, kept, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Pages), MemberType = typeof(PatientPageViews))]
    public async Task AHeadOnAKeptPageSendsItsHeadersAndNoBody(string page)
    {
        using var shared = await ShareAsync(factory);
        await ViewHtmlAsync(factory, shared.PathOf(page));
        var served = Kept(factory).Served;

        using var response = await ViewAsync(factory, shared.PathOf(page), request => request.Method = HttpMethod.Head);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(served + 1, Kept(factory).Served);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync(Ct));
    }

    private static string HeadersOf(HttpResponseMessage response) => string.Join("\n",
        response.Headers.Concat(response.Content.Headers)
            .Where(h => h.Key is not ("Date" or "Set-Cookie" or "Content-Length" or "Transfer-Encoding"))
            .OrderBy(h => h.Key, StringComparer.OrdinalIgnoreCase)
            .Select(h => $"{h.Key}: {string.Join(", ", h.Value)}"));

    private async Task EditFirstExerciseNoteAsync(Shared shared, string note)
    {
        var path = $"/clinic/patients/{shared.PatientId}/programmes/{shared.ProgrammeId}";
        await using var db = await ClinicDatabase.OpenAsync(factory);
        var item = await db.ProgrammeExercises.AsNoTracking().Where(e => e.ProgrammeId == shared.ProgrammeId).OrderBy(e => e.Position).FirstAsync(Ct);
        using var content = new FormUrlEncodedContent(
        [
            new("_handler", "programme"), new("__RequestVerificationToken", await shared.Physio.AntiforgeryTokenAsync(path)),
            new("item", item.Id.ToString()), new($"sets-{item.Id}", "2"), new($"amount-{item.Id}", "10"),
            new($"times-{item.Id}", "1"), new($"per-{item.Id}", "day"), new($"notes-{item.Id}", note),
        ]);
        using var saved = await shared.Physio.Client.PostAsync(path, content, Ct);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
    }

    private async Task EndAsync(Shared shared, string end)
    {
        await using var db = await ClinicDatabase.OpenAsync(factory);
        var past = DateTimeOffset.UtcNow.AddMinutes(-1);
        _ = end switch
        {
            "revoked" => await db.PatientLinks.Where(l => l.ProgrammeId == shared.ProgrammeId).ExecuteUpdateAsync(s => s.SetProperty(l => l.RevokedAt, past), Ct),
            "expired" => await db.PatientLinks.Where(l => l.ProgrammeId == shared.ProgrammeId).ExecuteUpdateAsync(s => s.SetProperty(l => l.ExpiresAt, past), Ct),
            "programme archived" => await db.Programmes.Where(p => p.Id == shared.ProgrammeId).ExecuteUpdateAsync(s => s.SetProperty(p => p.ArchivedAt, past), Ct),
            _ => await db.Patients.Where(p => p.Id == shared.PatientId).ExecuteUpdateAsync(s => s.SetProperty(p => p.ArchivedAt, past), Ct),
        };
    }
}
