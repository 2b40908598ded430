using PiriformisRehab.Web.Features.Diary;

namespace PiriformisRehab.Web.Extensions;

internal static class DiaryExtensions
{
    /// <summary>The recovery diary behind patient links (/p) and saved self-check links (/r).</summary>
    public static void AddDiary(this WebApplicationBuilder builder) =>
        // Stateless over a context factory, like the clinic's services.
        builder.Services.AddSingleton<DiaryService>();
}
