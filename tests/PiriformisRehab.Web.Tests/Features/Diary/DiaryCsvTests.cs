using System.Net;
using System.Text;
using PiriformisRehab.Domain.Recovery;
using PiriformisRehab.Web.Features.Diary;
using PiriformisRehab.Web.Tests.Infrastructure;

namespace PiriformisRehab.Web.Tests.Features.Diary;

/// <summary>"Download my diary (CSV)".</summary>
public sealed class DiaryCsvTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TheCsvIsAnAttachmentInUtf8ThatIsNeitherCachedNorReferred()
    {
        var (token, _) = await DiaryForms.ProgrammeLinkAsync(factory);
        using var client = PhysioSession.NewClient(factory);

        using var response = await client.GetAsync($"/p/{token}/diary.csv", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.EndsWith(".csv", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'), StringComparison.Ordinal);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        Assert.Equal("no-referrer", string.Join(",", response.Headers.GetValues("Referrer-Policy")));
        Assert.Contains("noindex", string.Join(",", response.Headers.GetValues("X-Robots-Tag")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheCsvHasTheCheckInFieldsAsItsHeaderAndOneRowPerCheckInInDateOrder()
    {
        var (token, _) = await DiaryForms.ProgrammeLinkAsync(factory);
        using var client = PhysioSession.NewClient(factory);
        var diary = $"/p/{token}/diary";
        await client.CheckInAsync(diary, DiaryForms.GoodSession(DiaryForms.DaysAgo(1)).With("sittingMinutes=30&activity=walkRun&walkRunPhase=2&runPain=1"));
        await client.CheckInAsync(diary, DiaryForms.GoodSession(DiaryForms.DaysAgo(3)).With("redFlags=feverOrUnwell"));

        var lines = (await ReadCsvAsync(client, $"{diary}.csv")).Split("\r\n");

        Assert.Equal(
            "sessionDate,painNow,painWorst,morningAfter,exercisePain,sittingMinutes,activity,walkRunPhase,runMinutes,runPain,exercisesDone,note,redFlags,clinicianCleared,recordedAt,triage",
            lines[0]);
        Assert.Equal(
            [CheckInFields.SessionDate, CheckInFields.PainNow, CheckInFields.PainWorst, CheckInFields.MorningAfter, CheckInFields.ExercisePain,
             CheckInFields.SittingMinutes, CheckInFields.Activity, CheckInFields.WalkRunPhase, CheckInFields.RunMinutes, CheckInFields.RunPain,
             CheckInFields.ExercisesDone, CheckInFields.Note, CheckInFields.RedFlags, CheckInFields.ClinicianCleared],
            lines[0].Split(',').Take(14));
        Assert.StartsWith($"{DiaryForms.DaysAgo(3)},3,4,same,2,,none,,,,clamshell,,feverOrUnwell,false,", lines[1], StringComparison.Ordinal);
        Assert.EndsWith(",urgent", lines[1], StringComparison.Ordinal);
        Assert.StartsWith($"{DiaryForms.DaysAgo(1)},3,4,same,2,30,walkRun,2,12,1,clamshell,,,false,", lines[2], StringComparison.Ordinal);
        Assert.Equal(string.Empty, lines[3]);
    }

    [Fact]
    public async Task ANoteThatLooksLikeAFormulaIsDefusedAndQuoted()
    {
        var (token, _) = await DiaryForms.ProgrammeLinkAsync(factory);
        using var client = PhysioSession.NewClient(factory);
        var diary = $"/p/{token}/diary";
        await client.CheckInAsync(diary, DiaryForms.GoodSession().With("note==HYPERLINK(\"http://evil.example\",\"hi\")"));

        var csv = await ReadCsvAsync(client, $"{diary}.csv");

        Assert.Contains(",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"hi\"\")\",", csv, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a, b", "\"a, b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("=1+2", "'=1+2")]
    [InlineData("+1", "'+1")]
    [InlineData("-1", "'-1")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tx", "'\tx")]
    [InlineData("\rx", "\"'\rx\"")]
    [InlineData("", "")]
    public void ACellIsDefusedThenQuotedAsRfc4180Asks(string value, string expected) =>
        Assert.Equal(expected, DiaryCsv.Cell(value));

    [Fact]
    public async Task TheSavedResultsDiaryDownloadsToo()
    {
        using var client = PhysioSession.NewClient(factory);
        var token = await client.SaveThroughResultsPageAsyncFor();

        using var response = await client.GetAsync($"/r/{token}/diary.csv", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("sessionDate,", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    private static async Task<string> ReadCsvAsync(HttpClient client, string path)
    {
        var bytes = await client.GetByteArrayAsync(path, Ct);
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        return Encoding.UTF8.GetString(bytes.AsSpan(3));
    }
}
