using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using PiriformisRehab.Web.Data.Entities;
using PiriformisRehab.Web.Tests.Infrastructure;

namespace PiriformisRehab.Web.Tests.Features.Clinic.List;

/// <summary>Many patients at once for the clinic list's tests, and the list page read back as rows.</summary>
internal static class ClinicListSeed
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static async Task<string> PhysioIdAsync(AppFactory factory, Guid patientId)
    {
        await using var db = await ClinicDatabase.OpenAsync(factory);
        return await db.Patients.Where(p => p.Id == patientId).Select(p => p.PhysioId).SingleAsync(Ct);
    }

    /// <summary>Patients without programmes, written straight into the database (labels as given).</summary>
    public static async Task PatientsAsync(AppFactory factory, string physioId, IEnumerable<string> labels)
    {
        await using var db = await ClinicDatabase.OpenAsync(factory);
        var created = factory.Clock!.GetUtcNow();
        db.Patients.AddRange(labels.Select(label => new Patient { Id = Guid.NewGuid(), PhysioId = physioId, Label = label, CreatedAt = created }));
        await db.SaveChangesAsync(Ct);
    }

    public static async Task<IDocument> PageAsync(PhysioSession physio, string query = "")
    {
        var html = await physio.Client.GetStringAsync("/clinic" + query, Ct);
        return await new HtmlParser().ParseDocumentAsync(html, Ct);
    }

    public static IReadOnlyList<string> Labels(IDocument page) =>
        [.. page.QuerySelectorAll("[data-patient-row] .record-link").Select(a => a.TextContent.Trim())];

    public static string? State(IDocument page, string attribute) =>
        page.QuerySelector($"[{attribute}]")?.GetAttribute(attribute);
}
