using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using PiriformisRehab.Web.Features.Accounts;

namespace PiriformisRehab.Web.Features.Clinic;

/// <summary>
/// The clinic's form posts. Each binds [FromForm] fields, so the antiforgery middleware checks
/// its token; each asks a service that filters by the signed-in physio, and answers 404 when the
/// patient or programme is not theirs. Success redirects back to the page (post, redirect, get).
/// Issuing a link is a Blazor form handler instead (Components/Pages/Clinic/LinkIssuedPage), because
/// its answer is the one page that shows the token.
/// </summary>
internal static class ClinicEndpoints
{
    public static void MapClinic(this WebApplication app)
    {
        var patient = app.MapGroup("/clinic/patients/{patientId:guid}").RequireAuthorization();
        var programme = patient.MapGroup("/programmes/{programmeId:guid}");

        patient.MapPost("/programmes", CreateProgrammeAsync);
        patient.MapPost("/archive", ArchivePatientAsync);
        patient.MapPost("/delete", DeletePatientAsync);
        programme.MapPost("/exercises", AddExerciseAsync);
        programme.MapPost("/exercises/{itemId:guid}/remove", RemoveExerciseAsync);
        programme.MapPost("/links/revoke", RevokeLinkAsync);
        programme.MapPost("/archive", ArchiveProgrammeAsync);
        programme.MapPost("/unarchive", UnarchiveProgrammeAsync);
        programme.MapPost("/delete", DeleteProgrammeAsync);
        programme.MapPost("/review/acknowledge", AcknowledgeAsync);
        programme.MapPost("/review/resume", ResumeAsync);
    }

    public const string ClinicUrl = "/clinic";

    public static string PatientUrl(Guid patientId) => $"/clinic/patients/{patientId}";

    public static string ProgrammeUrl(Guid patientId, Guid programmeId) => $"/clinic/patients/{patientId}/programmes/{programmeId}";

    private static async Task<Results<RedirectHttpResult, NotFound>> CreateProgrammeAsync(
        Guid patientId, [FromForm] string? start, [FromForm] string? savedLink, [FromForm] bool? together,
        ClaimsPrincipal user, ProgrammeService programmes, CancellationToken ct)
    {
        var from = start == "saved-link" ? ProgrammeStart.SavedLink : ProgrammeStart.StandardPlan;
        var created = await programmes.CreateProgrammeAsync(PhysioClaims.IdOf(user), patientId, from, savedLink, together == true, ct);
        return created switch
        {
            null => TypedResults.NotFound(),
            { ProgrammeId: { } id } => TypedResults.Redirect(ProgrammeUrl(patientId, id)),
            _ => TypedResults.Redirect($"{PatientUrl(patientId)}?savedLinkError={created.Problem}#new-programme"),
        };
    }

    private static async Task<Results<RedirectHttpResult, NotFound>> AddExerciseAsync(
        Guid patientId, Guid programmeId, [FromForm] string? exerciseId, ClaimsPrincipal user, ProgrammeExerciseService exercises, CancellationToken ct) =>
        await exercises.AddExerciseAsync(PhysioClaims.IdOf(user), patientId, programmeId, exerciseId, ct)
            ? TypedResults.Redirect(ProgrammeUrl(patientId, programmeId) + "#exercises")
            : TypedResults.NotFound();

    // Removing, revoking and deleting act only when the confirmation step's "yes" is posted;
    // anything else shows that step (ProgrammePage) instead of acting on one click.
    private static async Task<Results<RedirectHttpResult, NotFound>> RemoveExerciseAsync(
        Guid patientId, Guid programmeId, Guid itemId, [FromForm] string? confirm, ClaimsPrincipal user, ProgrammeExerciseService exercises, CancellationToken ct) =>
        confirm != "yes"
            ? TypedResults.Redirect($"{ProgrammeUrl(patientId, programmeId)}?remove={itemId}#confirm-remove")
            : await exercises.RemoveExerciseAsync(PhysioClaims.IdOf(user), patientId, programmeId, itemId, ct)
                ? TypedResults.Redirect(ProgrammeUrl(patientId, programmeId) + "?removed=true#exercises")
                : TypedResults.NotFound();

    private static async Task<Results<RedirectHttpResult, NotFound>> RevokeLinkAsync(
        Guid patientId, Guid programmeId, [FromForm] string? confirm, ClaimsPrincipal user, PatientLinkService links, CancellationToken ct) =>
        confirm != "yes"
            ? TypedResults.Redirect($"{ProgrammeUrl(patientId, programmeId)}?confirm=revoke#confirm-revoke")
            : await links.RevokeAsync(PhysioClaims.IdOf(user), patientId, programmeId, ct)
                ? TypedResults.Redirect(ProgrammeUrl(patientId, programmeId) + "?revoked=true#link")
                : TypedResults.NotFound();

    // Archiving is undone by un-archiving, so it needs no confirmation step.
    private static async Task<Results<RedirectHttpResult, NotFound>> ArchiveProgrammeAsync(
        Guid patientId, Guid programmeId, ClaimsPrincipal user, ProgrammeService programmes, CancellationToken ct) =>
        await SetArchivedAsync(patientId, programmeId, true, user, programmes, ct);

    private static async Task<Results<RedirectHttpResult, NotFound>> UnarchiveProgrammeAsync(
        Guid patientId, Guid programmeId, ClaimsPrincipal user, ProgrammeService programmes, CancellationToken ct) =>
        await SetArchivedAsync(patientId, programmeId, false, user, programmes, ct);

    private static async Task<Results<RedirectHttpResult, NotFound>> SetArchivedAsync(
        Guid patientId, Guid programmeId, bool archived, ClaimsPrincipal user, ProgrammeService programmes, CancellationToken ct)
    {
        var physioId = PhysioClaims.IdOf(user);
        if (await programmes.SetArchivedAsync(physioId, patientId, programmeId, archived, ct))
        {
            return TypedResults.Redirect($"{ProgrammeUrl(patientId, programmeId)}?{(archived ? "archived" : "unarchived")}=true#archive");
        }

        // Already in that state (a double click, Back): the page as it is, not an error.
        return await programmes.ProgrammeAsync(physioId, patientId, programmeId, ct) is null
            ? TypedResults.NotFound()
            : TypedResults.Redirect($"{ProgrammeUrl(patientId, programmeId)}#archive");
    }

    private static async Task<Results<RedirectHttpResult, NotFound>> DeleteProgrammeAsync(
        Guid patientId, Guid programmeId, [FromForm] string? confirm, ClaimsPrincipal user, ProgrammeService programmes, CancellationToken ct) =>
        confirm != "yes"
            ? TypedResults.Redirect($"{ProgrammeUrl(patientId, programmeId)}?confirm=delete#confirm-delete")
            : await programmes.DeleteAsync(PhysioClaims.IdOf(user), patientId, programmeId, ct)
                ? TypedResults.Redirect($"{PatientUrl(patientId)}?programmeDeleted=true#programmes")
                : TypedResults.NotFound();

    private static async Task<Results<RedirectHttpResult, NotFound>> AcknowledgeAsync(
        Guid patientId, Guid programmeId, [FromForm] string? confirm, ClaimsPrincipal user, DiaryReviewService reviews, CancellationToken ct) =>
        await reviews.AcknowledgeAsync(PhysioClaims.IdOf(user), patientId, programmeId, ct) == ReviewOutcome.Done
            ? TypedResults.Redirect($"{PatientUrl(patientId)}?acknowledged={programmeId}#review-{programmeId}")
            : TypedResults.NotFound();

    private static async Task<Results<RedirectHttpResult, NotFound>> ResumeAsync(
        Guid patientId, Guid programmeId, [FromForm] string? note, ClaimsPrincipal user, DiaryReviewService reviews, CancellationToken ct) =>
        await reviews.ResumeAsync(PhysioClaims.IdOf(user), patientId, programmeId, note, ct) switch
        {
            ReviewOutcome.Done => TypedResults.Redirect($"{PatientUrl(patientId)}?resumed={programmeId}#review-{programmeId}"),
            ReviewOutcome.NotFound => TypedResults.NotFound(),
            var problem => TypedResults.Redirect($"{PatientUrl(patientId)}?resumeError={problem}&programme={programmeId}#resume-note-{programmeId}"),
        };

    // Archive and delete act only with the confirmation box ticked; without it the page asks again.
    private static async Task<Results<RedirectHttpResult, NotFound>> ArchivePatientAsync(
        Guid patientId, [FromForm] string? confirm, ClaimsPrincipal user, PatientService patients, CancellationToken ct) =>
        confirm != "yes"
            ? TypedResults.Redirect($"{PatientUrl(patientId)}?confirm=archive#manage-patient")
            : await patients.ArchiveAsync(PhysioClaims.IdOf(user), patientId, ct) ? TypedResults.Redirect("/clinic?archived=true") : TypedResults.NotFound();

    private static async Task<Results<RedirectHttpResult, NotFound>> DeletePatientAsync(
        Guid patientId, [FromForm] string? confirm, ClaimsPrincipal user, PatientService patients, CancellationToken ct) =>
        confirm != "yes"
            ? TypedResults.Redirect($"{PatientUrl(patientId)}?confirm=delete#manage-patient")
            : await patients.DeleteAsync(PhysioClaims.IdOf(user), patientId, ct) ? TypedResults.Redirect("/clinic?deleted=true") : TypedResults.NotFound();
}
