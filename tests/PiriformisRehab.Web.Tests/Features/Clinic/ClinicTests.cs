using System.Net;
using Microsoft.EntityFrameworkCore;
using PiriformisRehab.Domain.Plans;
using PiriformisRehab.Web.Tests.Infrastructure;

namespace PiriformisRehab.Web.Tests.Features.Clinic;

/// <summary>A physio's patients, and the changes they make to a programme's exercises.</summary>
public sealed class ClinicTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string ProgrammePath(Guid patientId, Guid programmeId) => $"/clinic/patients/{patientId}/programmes/{programmeId}";

    [Fact]
    public async Task AnAddedPatientIsListedOnTheClinicPageUnderItsLabel()
    {
        using var physio = await PhysioSession.RegisterAsync(factory);

        await physio.AddPatientAsync("Runner <b>AB</b> 07");

        var html = await physio.Client.GetStringAsync("/clinic", Ct);
        Assert.Contains("Runner &lt;b&gt;AB&lt;/b&gt; 07", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "Enter a label for the patient.")]
    [InlineData("   ", "Enter a label for the patient.")]
    public async Task APatientWithoutALabelIsRefusedBesideTheLabelField(string label, string message)
    {
        using var physio = await PhysioSession.RegisterAsync(factory);

        using var response = await physio.SubmitAsync("/clinic", "/clinic", new() { ["_handler"] = "add-patient", ["Input.Label"] = label });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Matches($"id=\"label\"[^>]*>\\s*<div class=\"validation-message\">{message}", await response.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task APatientLabelLongerThan80CharactersIsRefused()
    {
        using var physio = await PhysioSession.RegisterAsync(factory);

        using var response = await physio.SubmitAsync("/clinic", "/clinic", new() { ["_handler"] = "add-patient", ["Input.Label"] = new string('x', 81) });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Use at most 80 characters.", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnExerciseFromTheCatalogueIsAddedWithItsCatalogueDose()
    {
        using var physio = await PhysioSession.RegisterAsync(factory);
        var patientId = await physio.AddPatientAsync();
        var programmeId = await physio.CreateStandardProgrammeAsync(patientId);
        var last = ExerciseCatalog.Default.Categories[^1].Exercises[^1];

        using var response = await physio.SubmitAsync("/clinic", $"{ProgrammePath(patientId, programmeId)}/exercises", new() { ["exerciseId"] = last.Id });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = await ClinicDatabase.OpenAsync(factory);
        var added = await db.ProgrammeExercises.Where(e => e.ProgrammeId == programmeId).OrderBy(e => e.Position).LastAsync(Ct);
        Assert.Equal(last.Id, added.ExerciseId);
        Assert.Equal(last.Dosage, added.Dosage);
    }

    [Fact]
    public async Task ARemovedExerciseLeavesTheProgramme()
    {
        using var physio = await PhysioSession.RegisterAsync(factory);
        var patientId = await physio.AddPatientAsync();
        var programmeId = await physio.CreateStandardProgrammeAsync(patientId);
        var itemId = await FirstItemAsync(programmeId);

        using var response = await physio.SubmitAsync("/clinic", $"{ProgrammePath(patientId, programmeId)}/exercises/{itemId}/remove", new() { ["confirm"] = "yes" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = await ClinicDatabase.OpenAsync(factory);
        Assert.False(await db.ProgrammeExercises.AnyAsync(e => e.Id == itemId, Ct));
    }

    [Fact]
    public async Task AClinicPostWithoutAnAntiforgeryTokenIsRejected()
    {
        using var physio = await PhysioSession.RegisterAsync(factory);
        var patientId = await physio.AddPatientAsync();

        using var response = await physio.PostAsync($"/clinic/patients/{patientId}/programmes", new() { ["start"] = "standard" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private async Task<Guid> FirstItemAsync(Guid programmeId)
    {
        await using var db = await ClinicDatabase.OpenAsync(factory);
        return await db.ProgrammeExercises.Where(e => e.ProgrammeId == programmeId).OrderBy(e => e.Position).Select(e => e.Id).FirstAsync(Ct);
    }
}
