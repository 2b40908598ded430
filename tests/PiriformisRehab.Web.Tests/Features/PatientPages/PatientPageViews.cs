using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using PiriformisRehab.Web.Features.PatientPages;
using PiriformisRehab.Web.Tests.Infrastructure;

namespace PiriformisRehab.Web.Tests.Features.PatientPages;

/// <summary>A programme shared by a physio, and the patient pages behind its link as a patient's browser sees them.</summary>
internal sealed record Shared(PhysioSession Physio, Guid PatientId, Guid ProgrammeId, string Token) : IDisposable
{
    public string Programme => $"/p/{Token}";

    public string Diary => $"/p/{Token}/diary";

    public string PathOf(string page) => Programme + page;

    public void Dispose() => Physio.Dispose();
}

internal static partial class PatientPageViews
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>The two kept pages, as the path after /p/{token}.</summary>
    public static TheoryData<string> Pages => new() { "", "/diary" };

    public static PatientPageCache Kept(AppFactory factory) => factory.Services.GetRequiredService<PatientPageCache>();

    public static async Task<Shared> ShareAsync(AppFactory factory)
    {
        var physio = await PhysioSession.RegisterAsync(factory);
        var patientId = await physio.AddPatientAsync();
        var programmeId = await physio.CreateStandardProgrammeAsync(patientId);
        return new Shared(physio, patientId, programmeId, await physio.IssueLinkAsync(patientId, programmeId));
    }

    /// <summary>One view by a new anonymous browser (no cookies from before).</summary>
    public static async Task<HttpResponseMessage> ViewAsync(AppFactory factory, string path, Action<HttpRequestMessage>? change = null)
    {
        using var client = PhysioSession.NewClient(factory);
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        change?.Invoke(request);
        return await client.SendAsync(request, Ct);
    }

    public static async Task<string> ViewHtmlAsync(AppFactory factory, string path)
    {
        using var response = await ViewAsync(factory, path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync(Ct);
    }

    /// <summary>The page without what is made for each request: form tokens and persisted component state.</summary>
    public static string WithoutPerRequestParts(string html) =>
        PersistedState().Replace(FormToken().Replace(html, "value=\"(form token)\""), "");

    [GeneratedRegex("value=\"CfDJ8[^\"]*\"")]
    private static partial Regex FormToken();

    [GeneratedRegex("""<!--Blazor-Server-Component-State:[^>]*-->""")]
    private static partial Regex PersistedState();
}
