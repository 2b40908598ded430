using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PiriformisRehab.Domain.Recovery;
using PiriformisRehab.EndToEnd.Tests.Infrastructure;
using PiriformisRehab.Web.Data;
using PiriformisRehab.Web.Features.Clinic;
using PiriformisRehab.Web.Features.Common;

namespace PiriformisRehab.EndToEnd.Tests;

/// <summary>A physio sees first the patients whose diaries need them, and prints a one-page summary.</summary>
/// <remarks>In the clinic flows' collection: long, with several axe runs, so not beside the wizard's tests.</remarks>
[Collection(nameof(ClinicFlowTests))]
public sealed partial class ClinicFollowUpFlowTests(AppServer server)
{
    [Fact]
    public async Task APhysioSeesRedFlagThenHighPainThenTheQuietPatientWithTheirAlertsAndPrintsASummary()
    {
        var physio = await server.NewPageAsync(Viewport.Desktop);
        await ClinicFlowTests.RegisterAsync(physio);
        var calm = await AddPatientAsync(physio, "Calm C", []);
        var today = DateOnly.FromDateTime(server.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);
        var pain = await AddPatientAsync(physio, "Pain P", [Check(today.AddDays(-3), 4, 5), Check(today.AddDays(-1), 6, 8)]);
        var red = await AddPatientAsync(physio, "Red R", [Check(today.AddDays(-2), 3, 4), Check(today.AddDays(-1), 4, 5, ["saddleNumbness"])]);

        await physio.GotoAsync("/clinic");

        var rows = physio.Locator("[data-patient-row]");
        await Assertions.Expect(rows.Locator(".record-link")).ToHaveTextAsync(["Red R", "Pain P", "Calm C"]);
        await Assertions.Expect(rows.Nth(0)).ToHaveAttributeAsync("data-patient-row", red.ToString());
        await Assertions.Expect(rows.Nth(1)).ToHaveAttributeAsync("data-patient-row", pain.ToString());
        await Assertions.Expect(rows.Nth(2)).ToHaveAttributeAsync("data-patient-row", calm.ToString());
        await Assertions.Expect(rows.Nth(0).Locator("[data-concern='redFlag']")).ToHaveTextAsync("Red flag");
        await Assertions.Expect(rows.Nth(1).Locator("[data-concern='highPain']")).ToHaveTextAsync("Pain 7+");
        await Assertions.Expect(rows.Nth(2).Locator("[data-concern]")).ToHaveCountAsync(0);
        await AxeCheck.NoSeriousViolationsAsync(physio, "the clinic list with alerts");
        await AxeCheck.ScreenshotAsync(physio, "clinic-follow-up-list-desktop");

        await physio.GetByRole(AriaRole.Link, new() { Name = "Red R" }).ClickAsync();
        await Assertions.Expect(physio.Locator("h1")).ToHaveTextAsync("Red R");
        await Assertions.Expect(physio.Locator("[data-paused]")).ToBeVisibleAsync();
        await AxeCheck.NoSeriousViolationsAsync(physio, "the patient page with a diary");
        await AxeCheck.ScreenshotAsync(physio, "clinic-patient-diary-desktop");

        await physio.GetByRole(AriaRole.Link, new() { Name = "One-page summary to print" }).ClickAsync();
        await Assertions.Expect(physio.Locator("h1")).ToHaveTextAsync("Summary for Red R");
        await AxeCheck.NoSeriousViolationsAsync(physio, "the patient summary");
        await physio.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        await Assertions.Expect(physio.Locator(".mud-appbar")).ToBeHiddenAsync();
        await Assertions.Expect(physio.Locator("[data-print]")).ToBeHiddenAsync();
        var pdf = await physio.PdfAsync(new PagePdfOptions { Path = Path.Combine(AppServer.ArtifactsDirectory, "clinic-summary-print.pdf"), Format = "A4", PreferCSSPageSize = true });
        Assert.Equal(1, PdfPage().Count(System.Text.Encoding.Latin1.GetString(pdf)));
    }

    [Fact]
    public async Task TheClinicListAndThePatientDiaryFitAPhone()
    {
        var physio = await server.NewPageAsync(Viewport.Phone);
        await ClinicFlowTests.RegisterAsync(physio);
        var today = DateOnly.FromDateTime(server.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);
        var patient = await AddPatientAsync(physio, "Phone P", [Check(today.AddDays(-3), 4, 5), Check(today.AddDays(-1), 6, 8, note: "Long drive, sore after")]);

        await physio.GotoAsync("/clinic");
        await AxeCheck.FitsViewportAsync(physio);
        await physio.GotoAsync($"/clinic/patients/{patient}");
        await Assertions.Expect(physio.Locator("[data-checkins]")).ToBeVisibleAsync();
        await AxeCheck.FitsViewportAsync(physio);
        await AxeCheck.NoSeriousViolationsAsync(physio, "the patient diary on a phone");
        await AxeCheck.ScreenshotAsync(physio, "clinic-patient-diary-phone");
    }

    private static CheckIn Check(DateOnly date, int now, int worst, string[]? redFlags = null, string? note = null) =>
        new(date, now, worst, MorningAfter.Same, 2, null, RunActivity.None, null, null, null, ["clamshell"], note, redFlags ?? [], false);

    [Fact]
    public async Task APhysioAcknowledgesTheAlertsAndResumesThePausedPlanWithANoteByKeyboardOnAPhone()
    {
        var physio = await server.NewPageAsync(Viewport.Phone);
        await ClinicFlowTests.RegisterAsync(physio);
        var today = DateOnly.FromDateTime(server.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);
        await AddPatientAsync(physio, "Review R", [Check(today.AddDays(-1), 4, 5, ["bladderBowelChange"])]);
        var review = physio.Locator("[data-review]");
        await AxeCheck.NoSeriousViolationsAsync(physio, "the patient page with a paused diary");
        await AxeCheck.FitsViewportAsync(physio);
        await AxeCheck.ScreenshotAsync(physio, "clinic-review-phone");

        await physio.Locator("[data-acknowledge]").FocusAsync();
        await physio.Keyboard.PressAsync("Enter");
        await Assertions.Expect(review).ToHaveAttributeAsync("data-acknowledged", "true");
        await Assertions.Expect(physio.Locator("[data-acknowledged-by]")).ToContainTextAsync("acknowledged by");

        // A resume without a note is refused beside the note.
        await physio.Locator("[data-resume]").FocusAsync();
        await physio.Keyboard.PressAsync("Enter");
        await Assertions.Expect(physio.Locator("[data-resume-error]")).ToBeVisibleAsync();
        await AxeCheck.NoSeriousViolationsAsync(physio, "the resume note error");

        await physio.GetByLabel("Note for resuming the plan").FocusAsync();
        await physio.Keyboard.TypeAsync("GP examined on 1 Dec: no neurological signs.");
        await physio.Locator("[data-resume]").FocusAsync();
        await physio.Keyboard.PressAsync("Enter");
        await Assertions.Expect(physio.Locator("[data-review-notice]")).ToContainTextAsync("Plan resumed");
        await Assertions.Expect(physio.Locator("[data-review-kind='resumed']")).ToContainTextAsync("GP examined on 1 Dec");
        await Assertions.Expect(physio.Locator("[data-resume-form]")).ToHaveCountAsync(0);
        await AxeCheck.NoSeriousViolationsAsync(physio, "the patient page after resuming");
        await AxeCheck.FitsViewportAsync(physio);
        await AxeCheck.ScreenshotAsync(physio, "clinic-resumed-phone");
    }

    /// <summary>Adds the patient through the page, then a standard programme, a link and the check-ins through the app's services.</summary>
    private async Task<Guid> AddPatientAsync(IPage physio, string label, CheckIn[] checkIns)
    {
        await physio.GotoAsync("/clinic");
        await physio.GetByLabel("Label").FillAsync(label);
        await physio.GetByRole(AriaRole.Button, new() { Name = "Add patient" }).ClickAsync();
        await Assertions.Expect(physio.Locator("h1")).ToHaveTextAsync(label);
        var patientId = Guid.Parse(PatientInUrl().Match(physio.Url).Groups["id"].Value);

        var ct = TestContext.Current.CancellationToken;
        var contexts = server.Services.GetRequiredService<IDbContextFactory<AppDbContext>>();
        await using var db = await contexts.CreateDbContextAsync(ct);
        var physioId = await db.Patients.Where(p => p.Id == patientId).Select(p => p.PhysioId).SingleAsync(ct);
        var created = await server.Services.GetRequiredService<ProgrammeService>().CreateProgrammeAsync(physioId, patientId, ProgrammeStart.StandardPlan, ct: ct);
        var programmeId = created!.ProgrammeId!.Value;
        Assert.NotNull(await server.Services.GetRequiredService<PatientLinkService>().IssueAsync(physioId, patientId, programmeId, 180, ct));
        var recorded = DateTimeOffset.UtcNow.AddDays(-10);
        foreach (var checkIn in checkIns)
        {
            recorded = recorded.AddMinutes(1);
            var entry = CheckInMapping.ToEntry(checkIn, RedFlagRescreen.Evaluate(checkIn.RedFlagAnswers), recorded);
            entry.ProgrammeId = programmeId;
            db.CheckIns.Add(entry);
        }

        await db.SaveChangesAsync(ct);
        await physio.ReloadAsync();
        return patientId;
    }

    [GeneratedRegex("/clinic/patients/(?<id>[0-9a-f-]{36})")]
    private static partial Regex PatientInUrl();

    /// <summary>A page object in a PDF ("/Type /Page", not "/Type /Pages").</summary>
    [GeneratedRegex(@"/Type\s*/Page(?![a-zA-Z])")]
    private static partial Regex PdfPage();
}
