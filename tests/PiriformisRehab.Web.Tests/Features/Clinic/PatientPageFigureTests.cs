using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PiriformisRehab.Domain.Figures;
using PiriformisRehab.Domain.Plans;
using PiriformisRehab.Web.Tests.Infrastructure;

namespace PiriformisRehab.Web.Tests.Features.Clinic;

/// <summary>The patient's programme page carries a figure for each exercise, at a bounded cost in bytes.</summary>
public sealed partial class PatientPageFigureTests(AppFactory factory) : IClassFixture<AppFactory>
{
    /// <summary>Issue 13: eleven figures may add at most 60 KB to the patient page.</summary>
    private const int ElevenFigureBudgetBytes = 60 * 1024;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ThePatientPageShowsAFigureForEveryExerciseOnIt()
    {
        var html = await PatientPageAsync(exerciseIds: null);

        var exercises = ExerciseAttribute().Matches(html).Select(m => m.Groups[1].Value).ToList();
        var figures = FigureAttribute().Matches(html).Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(exercises);
        Assert.Equal(exercises, figures);
    }

    [Fact]
    public async Task ThePhysiosProgrammePageShowsEachExercisesFigure()
    {
        using var physio = await PhysioSession.RegisterAsync(factory);
        var patientId = await physio.AddPatientAsync();
        var programmeId = await physio.CreateStandardProgrammeAsync(patientId);

        var html = await physio.Client.GetStringAsync($"/clinic/patients/{patientId}/programmes/{programmeId}", Ct);

        var items = ProgrammeItemAttribute().Matches(html).Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(items);
        Assert.Equal(items, FigureAttribute().Matches(html).Select(m => m.Groups[1].Value));
    }

    [Fact]
    public async Task ElevenOfTheLargestFiguresAddAtMostSixtyKilobytesToThePatientPage()
    {
        // The worst case: the eleven exercises whose figures draw the most.
        var largest = FigureCatalog.Default.All
            .OrderByDescending(f => FigureSvg.Motion(f, "").Length + FigureSvg.Still(f, f.Start, f.Start.Says).Length + FigureSvg.Still(f, f.End, f.End.Says).Length)
            .Take(11).Select(f => f.ExerciseId).ToList();

        var html = await PatientPageAsync(largest);
        var withoutFigures = FigureElement().Replace(html, "");

        Assert.Equal(11, FigureAttribute().Count(html));
        var withBytes = Encoding.UTF8.GetByteCount(html);
        var withoutBytes = Encoding.UTF8.GetByteCount(withoutFigures);
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"Patient page with 11 exercises: {withBytes} B with figures, {withoutBytes} B without (+{withBytes - withoutBytes} B); gzip {Gzip(html)} B vs {Gzip(withoutFigures)} B.");
        Assert.True(withBytes - withoutBytes <= ElevenFigureBudgetBytes, $"Eleven figures add {withBytes - withoutBytes} bytes.");
    }

    [Fact]
    public void TheAppStylesheetHoldsTheFigureColoursTheRendererExpects()
    {
        var environment = factory.Services.GetRequiredService<IWebHostEnvironment>();
        using var stream = environment.WebRootFileProvider.GetFileInfo("app.css").CreateReadStream();
        using var reader = new StreamReader(stream);

        Assert.Contains(FigureSvg.Stylesheet, reader.ReadToEnd(), StringComparison.Ordinal);
    }

    /// <summary>A programme holding exactly these exercises (null: the standard plan), as its patient sees it.</summary>
    private async Task<string> PatientPageAsync(IReadOnlyList<string>? exerciseIds)
    {
        using var physio = await PhysioSession.RegisterAsync(factory);
        var patientId = await physio.AddPatientAsync();
        var programmeId = await physio.CreateStandardProgrammeAsync(patientId);
        var programmeUrl = $"/clinic/patients/{patientId}/programmes/{programmeId}";
        if (exerciseIds is not null)
        {
            List<Guid> standardItems;
            await using (var db = await ClinicDatabase.OpenAsync(factory))
            {
                standardItems = await db.ProgrammeExercises.Where(e => e.ProgrammeId == programmeId).Select(e => e.Id).ToListAsync(Ct);
            }

            foreach (var itemId in standardItems)
            {
                using var _ = await physio.SubmitAsync(programmeUrl, $"{programmeUrl}/exercises/{itemId}/remove", new() { ["confirm"] = "yes" });
            }

            foreach (var id in exerciseIds)
            {
                Assert.NotNull(ExerciseCatalog.Default.Find(id));
                using var _ = await physio.SubmitAsync(programmeUrl, $"{programmeUrl}/exercises", new() { ["exerciseId"] = id });
            }
        }

        var token = await physio.IssueLinkAsync(patientId, programmeId);
        using var patient = PhysioSession.NewClient(factory);
        return await patient.GetStringAsync($"/p/{token}", Ct);
    }

    private static int Gzip(string html)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(Encoding.UTF8.GetBytes(html));
        }

        return (int)buffer.Length;
    }

    [GeneratedRegex("<article class=\"exercise\" data-exercise=\"([^\"]+)\"")]
    private static partial Regex ExerciseAttribute();

    [GeneratedRegex("<section class=\"exercise programme-item\" id=\"[^\"]+\" data-exercise=\"([^\"]+)\"")]
    private static partial Regex ProgrammeItemAttribute();

    [GeneratedRegex("data-figure=\"([^\"]+)\"")]
    private static partial Regex FigureAttribute();

    [GeneratedRegex("<figure class=\"exercise-figure\".*?</figure>", RegexOptions.Singleline)]
    private static partial Regex FigureElement();
}
