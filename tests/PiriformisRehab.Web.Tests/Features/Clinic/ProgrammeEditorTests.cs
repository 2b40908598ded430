using System.Net;
using Microsoft.EntityFrameworkCore;
using PiriformisRehab.Domain.Plans;
using PiriformisRehab.Web.Data.Entities;
using PiriformisRehab.Web.Tests.Infrastructure;

namespace PiriformisRehab.Web.Tests.Features.Clinic;

/// <summary>Issue 12 item 6: the physio's editor saves the whole programme at once, reorders, previews, and asks before removing or revoking.</summary>
public sealed class ProgrammeEditorTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task OneSaveChangesTheDosesAndNotesOfEveryExerciseAtOnce()
    {
        var (physio, path, items) = await ProgrammeAsync();
        using var _ = physio;

        using var response = await SaveAsync(physio, path, Fields(items[0], sets: "3", amount: "20", notes: "Keep the knee soft.").Concat(Fields(items[1], sets: "2", amount: "10", per: "week", times: "3")));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = await ClinicDatabase.OpenAsync(factory);
        var first = await db.ProgrammeExercises.SingleAsync(e => e.Id == items[0].Id, Ct);
        var second = await db.ProgrammeExercises.SingleAsync(e => e.Id == items[1].Id, Ct);
        Assert.Equal("Keep the knee soft.", first.Notes);
        Assert.StartsWith("3 ", first.Dosage, StringComparison.Ordinal);
        Assert.Contains("3 days a week", second.Dosage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task APhysiosDoseIsWordedLikeTheSeedDosesWithTheSeedsNote()
    {
        var (physio, path, items) = await ProgrammeAsync();
        using var _ = physio;
        var exercise = ExerciseCatalog.Default.Find(items[0].ExerciseId)!;

        using (await SaveAsync(physio, path, Fields(items[0], sets: "2-4", amount: "15", times: "2")))
        {
        }

        await using var db = await ClinicDatabase.OpenAsync(factory);
        var dose = exercise.Dose with
        {
            Sets = new(2, 4),
            Reps = exercise.Dose.Reps is null ? null : new(15, 15),
            HoldSeconds = exercise.Dose.HoldSeconds is null ? null : new(15, 15),
            Times = new(2, 2),
            Per = DosePeriod.Day,
        };
        Assert.Equal(DoseText.WithNote(dose, exercise.DoseNote), (await db.ProgrammeExercises.SingleAsync(e => e.Id == items[0].Id, Ct)).Dosage);
    }

    [Theory]
    [InlineData("sets", "0")]
    [InlineData("sets", "11")]
    [InlineData("sets", "3-1")]
    [InlineData("amount", "lots")]
    [InlineData("times", "")]
    [InlineData("notes", "{long}")]
    public async Task AnOutOfBoundsFieldIsRefusedWith400BesideItAndNothingIsStored(string field, string value)
    {
        var (physio, path, items) = await ProgrammeAsync();
        using var _ = physio;
        var before = Snapshot(await RowsAsync(items[0].ProgrammeId));
        var fields = Fields(items[0], notes: "A fine note").Concat(Fields(items[1], sets: "5"))
            .Where(f => f.Key != $"{field}-{items[0].Id}")
            .Append(new($"{field}-{items[0].Id}", value.Replace("{long}", new string('a', 1001), StringComparison.Ordinal)));

        using var response = await SaveAsync(physio, path, fields);
        var html = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains($"id=\"error-{field}-{items[0].Id}\"", html, StringComparison.Ordinal);
        Assert.Contains("data-error-summary", html, StringComparison.Ordinal);
        Assert.Equal(before, Snapshot(await RowsAsync(items[0].ProgrammeId)));
    }

    [Fact]
    public async Task MoveDownSwapsTheExerciseWithTheNextAndPutsFocusOnIt()
    {
        var (physio, path, items) = await ProgrammeAsync();
        using var _ = physio;

        using var response = await SaveAsync(physio, path, Fields(items[0]).Concat(Fields(items[1])).Append(new("move", $"{items[0].Id}:down")));

        Assert.EndsWith($"{path}?saved={items[0].Id}&moved=down#item-{items[0].Id}", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
        var order = await RowsAsync(items[0].ProgrammeId);
        Assert.Equal([items[1].Id, items[0].Id], order.Take(2).Select(r => r.Id));
        var html = await physio.Client.GetStringAsync(response.Headers.Location!.OriginalString, Ct);
        Assert.Contains($"id=\"name-{items[0].Id}\" tabindex=\"-1\" data-focus-on-load=\"true\"", html, StringComparison.Ordinal);
        Assert.Contains("moved down.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EachExerciseHasAPreviewAsThePatientSeesIt()
    {
        var (physio, path, items) = await ProgrammeAsync();
        using var _ = physio;

        var html = await physio.Client.GetStringAsync(path, Ct);

        Assert.Equal(items.Count, html.Split("data-preview", StringSplitOptions.None).Length - 1);
        Assert.Contains($"id=\"preview-{items[0].Id}-{items[0].ExerciseId}\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RemoveWithoutYesShowsTheConfirmationStepAndKeepsTheExercise()
    {
        var (physio, path, items) = await ProgrammeAsync();
        using var _ = physio;

        using var response = await physio.SubmitAsync(path, $"{path}/exercises/{items[0].Id}/remove", new() { ["confirm"] = "true" });

        Assert.Equal($"{path}?remove={items[0].Id}#confirm-remove", response.Headers.Location?.OriginalString);
        Assert.Equal(items.Count, (await RowsAsync(items[0].ProgrammeId)).Count);
        var html = await physio.Client.GetStringAsync(response.Headers.Location!.OriginalString, Ct);
        Assert.Contains("data-confirm=\"confirm-remove\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RevokeWithoutYesShowsTheConfirmationStepAndTheLinkStillOpens()
    {
        var (physio, path, items) = await ProgrammeAsync();
        using var _ = physio;
        var patientId = Guid.Parse(path.Split('/')[3]);
        var token = await physio.IssueLinkAsync(patientId, items[0].ProgrammeId);

        using var response = await physio.SubmitAsync(path, $"{path}/links/revoke", new() { ["confirm"] = "revoke" });
        using var link = await PhysioSession.NewClient(factory).GetAsync($"/p/{token}", Ct);

        Assert.Equal($"{path}?confirm=revoke#confirm-revoke", response.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, link.StatusCode);
    }

    private async Task<(PhysioSession Physio, string Path, List<ProgrammeExercise> Items)> ProgrammeAsync()
    {
        var physio = await PhysioSession.RegisterAsync(factory);
        var patientId = await physio.AddPatientAsync();
        var programmeId = await physio.CreateStandardProgrammeAsync(patientId);
        return (physio, $"/clinic/patients/{patientId}/programmes/{programmeId}", await RowsAsync(programmeId));
    }

    private async Task<List<ProgrammeExercise>> RowsAsync(Guid programmeId)
    {
        await using var db = await ClinicDatabase.OpenAsync(factory);
        return await db.ProgrammeExercises.AsNoTracking().Where(e => e.ProgrammeId == programmeId).OrderBy(e => e.Position).ToListAsync(Ct);
    }

    private static string Snapshot(List<ProgrammeExercise> rows) =>
        string.Join("|", rows.Select(r => $"{r.Id}:{r.Position}:{r.Dosage}:{r.Notes}:{r.DoseJson}"));

    private static List<KeyValuePair<string, string>> Fields(ProgrammeExercise item, string sets = "1", string amount = "10", string times = "1", string per = "day", string notes = "") =>
    [
        new("item", item.Id.ToString()),
        new($"sets-{item.Id}", sets),
        new($"amount-{item.Id}", amount),
        new($"times-{item.Id}", times),
        new($"per-{item.Id}", per),
        new($"notes-{item.Id}", notes),
    ];

    private static async Task<HttpResponseMessage> SaveAsync(PhysioSession physio, string path, IEnumerable<KeyValuePair<string, string>> fields)
    {
        using var content = new FormUrlEncodedContent([new("_handler", "programme"), new("__RequestVerificationToken", await physio.AntiforgeryTokenAsync(path)), .. fields]);
        return await physio.Client.PostAsync(path, content, Ct);
    }
}
