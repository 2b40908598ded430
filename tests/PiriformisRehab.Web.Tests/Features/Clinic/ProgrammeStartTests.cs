using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PiriformisRehab.Domain.Plans;
using PiriformisRehab.Web.Data.Entities;
using PiriformisRehab.Web.Features.Clinic;
using PiriformisRehab.Web.Features.SavedResults;
using PiriformisRehab.Web.Features.SelfCheck;
using PiriformisRehab.Web.Features.Common;
using PiriformisRehab.Web.Tests.Infrastructure;

namespace PiriformisRehab.Web.Tests.Features.Clinic;

/// <summary>Where a programme starts: the standard plan, a runner's saved self-check, or a self-check done together.</summary>
public sealed class ProgrammeStartTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string ProgrammePath(Guid patientId, Guid programmeId) => $"/clinic/patients/{patientId}/programmes/{programmeId}";

    [Fact]
    public async Task AStandardPlanProgrammeHoldsTheEnginesDefaultPlanWithCatalogueDoses()
    {
        using var physio = await PhysioSession.RegisterAsync(factory);
        var patientId = await physio.AddPatientAsync();

        var programmeId = await physio.CreateStandardProgrammeAsync(patientId);

        await using var db = await ClinicDatabase.OpenAsync(factory);
        var rows = await db.ProgrammeExercises.Where(e => e.ProgrammeId == programmeId).OrderBy(e => e.Position).ToListAsync(Ct);
        var expected = factory.Services.GetRequiredService<ProgrammeService>().StandardPlanExerciseIds();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, rows.Select(r => r.ExerciseId));
        Assert.All(rows, r => Assert.Equal(ExerciseCatalog.Default.Find(r.ExerciseId)!.Dosage, r.Dosage));
    }

    [Fact]
    public async Task TheProgrammePageListsTheExercisesOfTheProgramme()
    {
        using var physio = await PhysioSession.RegisterAsync(factory);
        var patientId = await physio.AddPatientAsync();
        var programmeId = await physio.CreateStandardProgrammeAsync(patientId);

        var html = await physio.Client.GetStringAsync(ProgrammePath(patientId, programmeId), Ct);

        var first = ExerciseCatalog.Default.Find(factory.Services.GetRequiredService<ProgrammeService>().StandardPlanExerciseIds()[0])!;
        Assert.Contains($"data-exercise=\"{first.Id}\"", html, StringComparison.Ordinal);
        Assert.Contains("No link yet", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AProgrammeFromARunnersSavedLinkKeepsTheSavedSelfCheckAsItsSource()
    {
        using var physio = await PhysioSession.RegisterAsync(factory);
        var patientId = await physio.AddPatientAsync();
        var token = await SaveAsync(("buttockPain", "true"), ("worseSitting", "true"));

        using var response = await physio.SubmitAsync("/clinic", $"/clinic/patients/{patientId}/programmes", new()
        {
            ["start"] = "saved-link",
            ["savedLink"] = $"https://example.org/r/{token}?from=share",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = await ClinicDatabase.OpenAsync(factory);
        var hash = ShareToken.Hash(token);
        var savedId = await db.SavedAssessments.Where(a => a.TokenHash == hash).Select(a => a.Id).SingleAsync(Ct);
        var programme = await db.Programmes.SingleAsync(p => p.PatientId == patientId, Ct);
        Assert.Equal(ProgrammeOrigin.RunnerSavedLink, programme.Origin);
        Assert.Equal(savedId, programme.SourceAssessmentId);
    }

    [Fact]
    public async Task AProgrammeFromALinkSavedByTheRunnerCopiesThatSavedPlan()
    {
        // The real hand-over: the runner's save (SavedResultsService) feeds the physio's "saved link" start.
        using var physio = await PhysioSession.RegisterAsync(factory);
        var patientId = await physio.AddPatientAsync();
        var token = await SaveAsync(("buttockPain", "true"), ("worseSitting", "true"), ("painWorst", "4"), ("settleTime", "hours"));
        var saved = factory.Services.GetRequiredService<SavedResultsService>();
        // The first stage of each ladder of that saved plan (the diary moves the patient on from there).
        var expected = ProgrammeStarts.FirstStages((await saved.FindAsync(token, Ct))!.Result!.Plan.Categories.SelectMany(c => c.Exercises).Select(e => e.Id), ExerciseCatalog.Default);

        using var response = await physio.SubmitAsync("/clinic", $"/clinic/patients/{patientId}/programmes", new()
        {
            ["start"] = "saved-link",
            ["savedLink"] = $"http://localhost/r/{token}",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(expected, await ExerciseIdsAsync(patientId));
    }

    [Fact]
    public async Task AProgrammeFromASavedResultWithAWithheldPlanIsTheEnginesPlanForTheAnswersAsAClinicianReadsThem()
    {
        // An urgent sign withholds the runner's plan; the physio, a clinician, gets the plan for the same answers.
        using var physio = await PhysioSession.RegisterAsync(factory);
        var patientId = await physio.AddPatientAsync();
        var answers = new[] { ("buttockPain", "true"), ("worseSitting", "true"), ("feverOrUnwell", "true") };
        var token = await SaveAsync(answers);
        Assert.True((await factory.Services.GetRequiredService<SavedResultsService>().FindAsync(token, Ct))!.Result!.Plan.Withheld);

        using var response = await physio.SubmitAsync("/clinic", $"/clinic/patients/{patientId}/programmes", new()
        {
            ["start"] = "saved-link",
            ["savedLink"] = token,
            ["together"] = "true",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = await ClinicDatabase.OpenAsync(factory);
        Assert.Equal(ProgrammeOrigin.SelfCheckWithPatient, (await db.Programmes.SingleAsync(p => p.PatientId == patientId, Ct)).Origin);
        Assert.Equal(PlanForAClinician(answers), await ExerciseIdsAsync(patientId));
    }

    [Theory]
    [InlineData("not a link", "Paste the whole saved-results link")]
    [InlineData("https://example.org/r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "No saved self-check has this link")]
    public async Task ASavedLinkThatCannotBeUsedIsExplainedBesideTheField(string pasted, string message)
    {
        using var physio = await PhysioSession.RegisterAsync(factory);
        var patientId = await physio.AddPatientAsync();

        using var response = await physio.SubmitAsync("/clinic", $"/clinic/patients/{patientId}/programmes", new() { ["start"] = "saved-link", ["savedLink"] = pasted });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var html = await physio.Client.GetStringAsync(response.Headers.Location, Ct);
        Assert.Matches($"id=\"saved-link\"[^>]*aria-invalid=\"true\"[^>]*>\\s*<p class=\"field-error\" id=\"saved-link-error\" data-saved-link-error>{message}", html);
    }

    [Fact]
    public async Task ASelfCheckDoneTogetherCreatesAProgrammeFromTheEnginesPlanForThoseAnswers()
    {
        using var physio = await PhysioSession.RegisterAsync(factory);
        var patientId = await physio.AddPatientAsync();
        var path = $"/clinic/patients/{patientId}/self-check";

        using var response = await physio.SubmitAsync(path, path, new()
        {
            ["_handler"] = "self-check",
            ["q.buttockPain"] = "true",
            ["q.worseSitting"] = "true",
            ["q.painNow"] = "3",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = await ClinicDatabase.OpenAsync(factory);
        Assert.Equal(ProgrammeOrigin.SelfCheckWithPatient, (await db.Programmes.SingleAsync(p => p.PatientId == patientId, Ct)).Origin);
        Assert.Equal(PlanForAClinician(("buttockPain", "true"), ("worseSitting", "true"), ("painNow", "3")), await ExerciseIdsAsync(patientId));
    }

    [Fact]
    public async Task ASelfCheckWithAnEmergencySignCreatesNoProgramme()
    {
        using var physio = await PhysioSession.RegisterAsync(factory);
        var patientId = await physio.AddPatientAsync();
        var path = $"/clinic/patients/{patientId}/self-check";

        using var response = await physio.SubmitAsync(path, path, new() { ["_handler"] = "self-check", ["q.saddleNumbness"] = "true" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("data-no-plan", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        await using var db = await ClinicDatabase.OpenAsync(factory);
        Assert.False(await db.Programmes.AnyAsync(p => p.PatientId == patientId, Ct));
    }

    [Fact]
    public async Task ASelfCheckAnswerOutOfRangeIsShownBesideItsQuestion()
    {
        using var physio = await PhysioSession.RegisterAsync(factory);
        var patientId = await physio.AddPatientAsync();
        var path = $"/clinic/patients/{patientId}/self-check";

        using var response = await physio.SubmitAsync(path, path, new() { ["_handler"] = "self-check", ["q.painNow"] = "42" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<p class=\"question__error\" id=\"err-painNow\">", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    /// <summary>Saves a runner's self-check through the app's own save path and returns its link token.</summary>
    private async Task<string> SaveAsync(params (string Id, string Value)[] answers) =>
        (await factory.Services.GetRequiredService<SavedResultsService>().SaveAsync(Draft(answers), clinicianCleared: false, Ct))!;

    /// <summary>The engine's plan for these answers with the clinician's clearance; never empty for the answers used here.</summary>
    private List<string> PlanForAClinician(params (string Id, string Value)[] answers)
    {
        var result = factory.Services.GetRequiredService<SelfCheckService>().Evaluate(Draft(answers), clinicianCleared: true, out _)!;
        var ids = ProgrammeStarts.FirstStages(result.Plan.Categories.SelectMany(c => c.Exercises).Select(e => e.Id), ExerciseCatalog.Default).ToList();
        Assert.NotEmpty(ids);
        return ids;
    }

    [Fact]
    public async Task TheStandardPlanStartsAtTheFirstStageOfEachLadder()
    {
        using var physio = await PhysioSession.RegisterAsync(factory);
        var patientId = await physio.AddPatientAsync();
        await physio.CreateStandardProgrammeAsync(patientId);

        var ids = await ExerciseIdsAsync(patientId);

        Assert.Equal(ExerciseCatalog.Default.Categories.Select(c => c.Exercises[0].Id), ids);
    }

    private async Task<List<string>> ExerciseIdsAsync(Guid patientId)
    {
        await using var db = await ClinicDatabase.OpenAsync(factory);
        var programme = await db.Programmes.Include(p => p.Exercises).SingleAsync(p => p.PatientId == patientId, Ct);
        return [.. programme.Exercises.OrderBy(e => e.Position).Select(e => e.ExerciseId)];
    }

    private static AnswerDraft Draft((string Id, string Value)[] answers)
    {
        var draft = new AnswerDraft();
        foreach (var (id, value) in answers)
        {
            draft.Set(id, value);
        }

        return draft;
    }
}
