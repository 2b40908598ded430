using System.Globalization;
using System.Text;

namespace PiriformisRehab.Web.Features.Diary;

internal static class DiaryEndpoints
{
    /// <summary>"Download my diary (CSV)". A bad link is a 404, answered with the "link not valid" page like the diary itself.</summary>
    public static void MapDiary(this WebApplication app)
    {
        app.MapGet("/p/{token}/diary.csv", (string token, DiaryService diaries, CancellationToken ct) => CsvAsync(DiaryKind.Programme, token, diaries, ct));
        app.MapGet("/r/{token}/diary.csv", (string token, DiaryService diaries, CancellationToken ct) => CsvAsync(DiaryKind.Saved, token, diaries, ct));
    }

    private static async Task<IResult> CsvAsync(DiaryKind kind, string token, DiaryService diaries, CancellationToken ct)
    {
        var diary = await diaries.OpenAsync(kind, token, ct);
        if (diary is null)
        {
            return TypedResults.NotFound();
        }

        var csv = await diaries.ExportCsvAsync(diary, ct);
        // A byte-order mark so that spreadsheets read the UTF-8 as UTF-8. No-store and no-referrer
        // come from TokenPageHeaders, as for every response under /p and /r.
        byte[] body = [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv)];
        var name = string.Create(CultureInfo.InvariantCulture, $"recovery-diary-{diaries.Today:yyyy-MM-dd}.csv");
        return TypedResults.File(body, "text/csv; charset=utf-8", name);
    }
}
