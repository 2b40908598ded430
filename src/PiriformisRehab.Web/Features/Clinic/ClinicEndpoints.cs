using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using PiriformisRehab.Web.Components.Pages.Clinic;
using PiriformisRehab.Web.Features.Accounts;
using PiriformisRehab.Web.Options;

namespace PiriformisRehab.Web.Features.Clinic;

/// <summary>
/// The clinic's form posts. Each binds [FromForm] fields, so the antiforgery middleware checks
/// its token; each asks a service that filters by the signed-in physio, and answers 404 when the
/// patient or programme is not theirs. Success redirects back to the page (post, redirect, get),
/// except issuing a link, whose answer shows the token once.
/// </summary>
internal static class ClinicEndpoints
{
    public static void MapClinic(this WebApplication app)
    {
        var patient = app.MapGroup("/clinic/patients/{patientId:guid}").RequireAuthorization();
        var programme = patient.MapGroup("/programmes/{programmeId:guid}");

        patient.MapPost("/programmes", CreateProgrammeAsync);
        programme.MapPost("/exercises", AddExerciseAsync);
        programme.MapPost("/exercises/{itemId:guid}", UpdateExerciseAsync);
        programme.MapPost("/exercises/{itemId:guid}/remove", RemoveExerciseAsync);
        programme.MapPost("/links", IssueLinkAsync);
        programme.MapPost("/links/revoke", RevokeLinkAsync);
    }

    public static string PatientUrl(Guid patientId) => $"/clinic/patients/{patientId}";

    public static string ProgrammeUrl(Guid patientId, Guid programmeId) => $"/clinic/patients/{patientId}/programmes/{programmeId}";

    private static async Task<Results<RedirectHttpResult, NotFound>> CreateProgrammeAsync(
        Guid patientId, [FromForm] string? start, [FromForm] string? savedLink, [FromForm] bool? together,
        ClaimsPrincipal user, ClinicService clinic, CancellationToken ct)
    {
        var from = start == "saved-link" ? ProgrammeStart.SavedLink : ProgrammeStart.StandardPlan;
        var created = await clinic.CreateProgrammeAsync(PhysioClaims.IdOf(user), patientId, from, savedLink, together == true, ct);
        return created switch
        {
            null => TypedResults.NotFound(),
            { ProgrammeId: { } id } => TypedResults.Redirect(ProgrammeUrl(patientId, id)),
            _ => TypedResults.Redirect($"{PatientUrl(patientId)}?savedLinkError={created.Problem}#new-programme"),
        };
    }

    private static async Task<Results<RedirectHttpResult, NotFound>> AddExerciseAsync(
        Guid patientId, Guid programmeId, [FromForm] string? exerciseId, ClaimsPrincipal user, ClinicService clinic, CancellationToken ct) =>
        await clinic.AddExerciseAsync(PhysioClaims.IdOf(user), patientId, programmeId, exerciseId ?? string.Empty, ct)
            ? TypedResults.Redirect(ProgrammeUrl(patientId, programmeId) + "#exercises")
            : TypedResults.NotFound();

    private static async Task<Results<RedirectHttpResult, NotFound>> UpdateExerciseAsync(
        Guid patientId, Guid programmeId, Guid itemId, [FromForm] string? dosage, [FromForm] string? notes,
        ClaimsPrincipal user, ClinicService clinic, CancellationToken ct)
    {
        var trimmedDosage = dosage?.Trim() ?? string.Empty;
        if (trimmedDosage.Length is 0 or > ClinicService.DosageMaxLength || notes?.Trim().Length > ClinicService.NotesMaxLength)
        {
            // Ownership first, so an invalid post to someone else's programme is still 404.
            return await clinic.ProgrammeAsync(PhysioClaims.IdOf(user), patientId, programmeId, ct) is null
                ? TypedResults.NotFound()
                : TypedResults.Redirect($"{ProgrammeUrl(patientId, programmeId)}?invalid={itemId}#item-{itemId}");
        }

        return await clinic.UpdateExerciseAsync(PhysioClaims.IdOf(user), patientId, programmeId, itemId, trimmedDosage, notes, ct)
            ? TypedResults.Redirect($"{ProgrammeUrl(patientId, programmeId)}?saved={itemId}#item-{itemId}")
            : TypedResults.NotFound();
    }

    private static async Task<Results<RedirectHttpResult, NotFound>> RemoveExerciseAsync(
        Guid patientId, Guid programmeId, Guid itemId, [FromForm] string? confirm, ClaimsPrincipal user, ClinicService clinic, CancellationToken ct) =>
        await clinic.RemoveExerciseAsync(PhysioClaims.IdOf(user), patientId, programmeId, itemId, ct)
            ? TypedResults.Redirect(ProgrammeUrl(patientId, programmeId) + "#exercises")
            : TypedResults.NotFound();

    private static async Task<Results<RazorComponentResult<LinkIssued>, RedirectHttpResult, NotFound>> IssueLinkAsync(
        Guid patientId, Guid programmeId, [FromForm] int? expiryDays, HttpContext http,
        ClinicService clinic, PatientLinkService links, IOptions<PublicUrlOptions> publicUrl, CancellationToken ct)
    {
        var physioId = PhysioClaims.IdOf(http.User);
        var days = expiryDays ?? PatientLinkService.DefaultExpiryDays;
        if (!PatientLinkService.IsValidExpiry(days))
        {
            return await clinic.ProgrammeAsync(physioId, patientId, programmeId, ct) is null
                ? TypedResults.NotFound()
                : TypedResults.Redirect($"{ProgrammeUrl(patientId, programmeId)}?expiryError=true#link");
        }

        var token = await links.IssueAsync(physioId, patientId, programmeId, days, ct);
        var detail = token is null ? null : await clinic.ProgrammeAsync(physioId, patientId, programmeId, ct);
        if (token is null || detail is null)
        {
            return TypedResults.NotFound();
        }

        // The token is in this response only: keep it out of caches and out of Referer headers.
        http.Response.Headers[HeaderNames.CacheControl] = "no-store";
        http.Response.Headers["Referrer-Policy"] = "no-referrer";
        // From configuration, never the Host header: a forged Host must not end up in a QR code.
        var url = publicUrl.Value.LinkTo($"/p/{token}");
        return new RazorComponentResult<LinkIssued>(new Dictionary<string, object?>
        {
            [nameof(LinkIssued.Url)] = url,
            [nameof(LinkIssued.QrCode)] = PatientLinkService.QrCodeDataUri(url),
            [nameof(LinkIssued.Programme)] = detail,
        });
    }

    private static async Task<Results<RedirectHttpResult, NotFound>> RevokeLinkAsync(
        Guid patientId, Guid programmeId, [FromForm] string? confirm, ClaimsPrincipal user, PatientLinkService links, CancellationToken ct) =>
        await links.RevokeAsync(PhysioClaims.IdOf(user), patientId, programmeId, ct)
            ? TypedResults.Redirect(ProgrammeUrl(patientId, programmeId) + "?revoked=true#link")
            : TypedResults.NotFound();
}
