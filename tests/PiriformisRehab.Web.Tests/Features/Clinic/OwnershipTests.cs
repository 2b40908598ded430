using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PiriformisRehab.Web.Features.Clinic;
using PiriformisRehab.Web.Tests.Infrastructure;

namespace PiriformisRehab.Web.Tests.Features.Clinic;

/// <summary>One physio's patients and programmes do not exist for another: every route answers 404.</summary>
public sealed class OwnershipTests(OwnershipTests.TwoPhysios physios) : IClassFixture<OwnershipTests.TwoPhysios>
{
    private const string FirstPatientLabel = "First physio patient 01";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A route of the first physio's, as method and path with {patient}, {programme} and {item} to fill in.</summary>
    public static TheoryData<string, string> Routes => new()
    {
        { "GET", "/clinic/patients/{patient}" },
        { "GET", "/clinic/patients/{patient}/programmes/{programme}" },
        { "GET", "/clinic/patients/{patient}/summary" },
        { "GET", "/clinic/patients/{patient}/self-check" },
        { "POST", "/clinic/patients/{patient}/self-check" },
        { "POST", "/clinic/patients/{patient}/programmes" },
        { "POST", "/clinic/patients/{patient}/programmes/{programme}/exercises" },
        { "POST", "/clinic/patients/{patient}/programmes/{programme}" },
        { "POST", "/clinic/patients/{patient}/programmes/{programme}/exercises/{item}/remove" },
        { "POST", "/clinic/patients/{patient}/programmes/{programme}/links" },
        { "POST", "/clinic/patients/{patient}/programmes/{programme}/links/revoke" },
        { "POST", "/clinic/patients/{patient}/programmes/{programme}/archive" },
        { "POST", "/clinic/patients/{patient}/programmes/{programme}/unarchive" },
        { "POST", "/clinic/patients/{patient}/programmes/{programme}/delete" },
    };

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task AnotherPhysioGetsNotFoundForEachOfTheFirstPhysiosRoutes(string method, string template)
    {
        var data = await physios.ArrangeAsync();
        var path = template.Replace("{patient}", data.PatientId.ToString(), StringComparison.Ordinal)
            .Replace("{programme}", data.ProgrammeId.ToString(), StringComparison.Ordinal)
            .Replace("{item}", data.ItemId.ToString(), StringComparison.Ordinal);

        // Blazor form handlers are named: each post names the form its page renders.
        var handler = path.EndsWith("/links", StringComparison.Ordinal) ? "issue-link"
            : path.EndsWith(data.ProgrammeId.ToString(), StringComparison.Ordinal) ? "programme" : "self-check";
        using var response = method == "GET"
            ? await data.Second.Client.GetAsync(path, Ct)
            : await data.Second.SubmitAsync("/clinic", path, new() { ["_handler"] = handler, ["q.buttockPain"] = "true", ["start"] = "standard", ["exerciseId"] = data.ExerciseId, ["item"] = data.ItemId.ToString(), [$"sets-{data.ItemId}"] = "2", ["expiryDays"] = "30", ["confirm"] = "yes" });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        if (method == "GET")
        {
            // The clinic's own not-found body, with the way back; nothing of the first physio's patient.
            var html = await response.Content.ReadAsStringAsync(Ct);
            Assert.Contains("There is no patient at this address in your list.", html, StringComparison.Ordinal);
            Assert.Contains("<a href=\"/clinic\">Back to your patients</a>", html, StringComparison.Ordinal);
            Assert.DoesNotContain(FirstPatientLabel, html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task AProgrammeUnderTheWrongPatientIsNotFoundEvenForItsOwner()
    {
        var data = await physios.ArrangeAsync();
        var otherPatient = await data.First.AddPatientAsync("Other patient");

        using var response = await data.First.Client.GetAsync($"/clinic/patients/{otherPatient}/programmes/{data.ProgrammeId}", Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("There is no patient at this address in your list.", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnotherPhysiosPostsChangeNothing()
    {
        var data = await physios.ArrangeAsync();
        foreach (var path in new[] { "links", $"exercises/{data.ItemId}/remove" })
        {
            using var response = await data.Second.SubmitAsync("/clinic", $"/clinic/patients/{data.PatientId}/programmes/{data.ProgrammeId}/{path}", new() { ["_handler"] = "issue-link", ["expiryDays"] = "30", ["confirm"] = "yes" });
        }

        await using var db = await ClinicDatabase.OpenAsync(physios.Factory);
        Assert.False(await db.PatientLinks.AnyAsync(l => l.ProgrammeId == data.ProgrammeId, Ct));
        Assert.True(await db.ProgrammeExercises.AnyAsync(e => e.Id == data.ItemId, Ct));
    }

    [Fact]
    public async Task TheClinicListShowsOnlyTheSignedInPhysiosPatients()
    {
        var data = await physios.ArrangeAsync();

        var html = await data.Second.Client.GetStringAsync("/clinic", Ct);
        var own = await data.First.Client.GetStringAsync("/clinic", Ct);

        // The label has no character HTML would encode, so its absence means something; the first physio's list shows it.
        Assert.Contains(FirstPatientLabel, own, StringComparison.Ordinal);
        Assert.DoesNotContain(FirstPatientLabel, html, StringComparison.Ordinal);
        Assert.DoesNotContain(data.PatientId.ToString(), html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheServiceFindsNothingOfAnotherPhysiosByGuessedIds()
    {
        var data = await physios.ArrangeAsync();
        var services = physios.Factory.Services;
        var patients = services.GetRequiredService<PatientService>();
        var programmes = services.GetRequiredService<ProgrammeService>();
        var exercises = services.GetRequiredService<ProgrammeExerciseService>();
        var links = services.GetRequiredService<PatientLinkService>();

        Assert.Null(await patients.PatientAsync("someone-else", data.PatientId, Ct));
        Assert.Null(await programmes.ProgrammeAsync("someone-else", data.PatientId, data.ProgrammeId, Ct));
        Assert.Null(await programmes.CreateProgrammeAsync("someone-else", data.PatientId, ProgrammeStart.StandardPlan, ct: Ct));
        Assert.Equal(ProgrammeSaveOutcome.NotFound, (await exercises.SaveAsync("someone-else", data.PatientId, data.ProgrammeId, new Dictionary<Guid, DoseInput> { [data.ItemId] = new("1", "1", "1", "day", null) }, null, Ct)).Outcome);
        Assert.False(await programmes.SetArchivedAsync("someone-else", data.PatientId, data.ProgrammeId, true, Ct));
        Assert.False(await programmes.DeleteAsync("someone-else", data.PatientId, data.ProgrammeId, Ct));
        Assert.False(await exercises.AddExerciseAsync("someone-else", data.PatientId, data.ProgrammeId, data.ExerciseId, Ct));
        Assert.False(await exercises.RemoveExerciseAsync("someone-else", data.PatientId, data.ProgrammeId, data.ItemId, Ct));
        Assert.Null(await links.IssueAsync("someone-else", data.PatientId, data.ProgrammeId, 30, Ct));
        Assert.False(await links.RevokeAsync("someone-else", data.PatientId, data.ProgrammeId, Ct));
    }

    public sealed record Arranged(PhysioSession First, PhysioSession Second, Guid PatientId, Guid ProgrammeId, Guid ItemId, string ExerciseId);

    /// <summary>Two signed-in physios; the first has a patient with a programme. Made once per class.</summary>
    public sealed class TwoPhysios : IAsyncLifetime
    {
        private Arranged? _arranged;

        public AppFactory Factory { get; } = new();

        public async Task<Arranged> ArrangeAsync()
        {
            if (_arranged is not null)
            {
                return _arranged;
            }

            var first = await PhysioSession.RegisterAsync(Factory);
            var second = await PhysioSession.RegisterAsync(Factory);
            var patientId = await first.AddPatientAsync(FirstPatientLabel);
            var programmeId = await first.CreateStandardProgrammeAsync(patientId);
            await using var db = await ClinicDatabase.OpenAsync(Factory);
            var item = await db.ProgrammeExercises.Where(e => e.ProgrammeId == programmeId).OrderBy(e => e.Position).FirstAsync();
            _arranged = new Arranged(first, second, patientId, programmeId, item.Id, item.ExerciseId);
            return _arranged;
        }

        public ValueTask InitializeAsync() => ValueTask.CompletedTask;

        public async ValueTask DisposeAsync()
        {
            _arranged?.First.Dispose();
            _arranged?.Second.Dispose();
            await Factory.DisposeAsync();
        }
    }
}
