using PiriformisRehab.Web.Features.SavedResults;

namespace PiriformisRehab.Web.Extensions;

internal static class SavedResultsExtensions
{
    /// <summary>"Save my results": stored self-checks behind private /r/{token} links.</summary>
    public static void AddSavedResults(this WebApplicationBuilder builder) =>
        builder.Services.AddSingleton<SavedResultsService>();
}
