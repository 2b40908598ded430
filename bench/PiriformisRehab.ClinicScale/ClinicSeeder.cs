using System.Diagnostics;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PiriformisRehab.Domain;
using PiriformisRehab.Domain.Plans;
using PiriformisRehab.Domain.Recovery;
using PiriformisRehab.Web.Data;
using PiriformisRehab.Web.Data.Entities;
using PiriformisRehab.Web.Features.Clinic;
using PiriformisRehab.Web.Features.Common;

namespace PiriformisRehab.ClinicScale;

/// <summary>One seeded patient, with the link token the seed issued (only its hash is stored).</summary>
internal sealed record SeededPatient(Guid Id, string Label, Guid ProgrammeId, string Token, DiaryStory Story);

internal sealed record SeedResult(string PhysioId, string Email, IReadOnlyList<SeededPatient> Patients, int CheckIns, int WithNotes, int WarningSigns, int Reviews, TimeSpan Elapsed);

/// <summary>
/// One physio, 1,000 patients each with a standard programme (plus, for some, an exercise the
/// physio added), one live patient link and 50 check-ins over about 60 days, written through the
/// app's own DbContext in batches. The rows are what the app stores: programmes as
/// ProgrammeService builds them, links as PatientLinkService issues them (a 256-bit token, only its
/// SHA-256 kept), check-ins parsed by the app's CheckInParser and mapped by CheckInMapping with
/// their re-screen's triage, and every save moves the patients' diary revision on as any other does.
/// </summary>
internal sealed class ClinicSeeder(IServiceProvider services, TimeProvider clock)
{
    public const string Password = "correct horse battery staple";
    public const string PhysioName = "Sam Physio";
    public const string SearchFragment = "trail";

    /// <summary>Patients per SaveChanges: about 2,800 rows each.</summary>
    private const int Batch = 50;

    private static readonly string[] Tags = ["", "", "", "", " trail", " marathon", " parkrun", " track", " 10k"];

    /// <summary>Exercises a physio might add beside the ladders, with their own note.</summary>
    private static readonly (string Id, string Note)[] Added = [("ballReleaseWall", "On days with a long sit at work."), ("sidePlank", "Only once the bridges are easy.")];

    public async Task<SeedResult> SeedAsync(int patientCount, int checkInsPerPatient, CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        var email = "physio@clinic-scale.example";
        string physioId;
        await using (var scope = services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PhysioUser>>();
            // As registration makes it (AccountService), already confirmed: the bench signs in through the login form.
            var user = new PhysioUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = PhysioName };
            var created = await users.CreateAsync(user, Password);
            if (!created.Succeeded)
            {
                throw new InvalidOperationException("The physio could not be created: " + string.Join("; ", created.Errors.Select(e => e.Description)));
            }

            physioId = user.Id;
        }

        var catalog = services.GetRequiredService<ExerciseCatalog>();
        var parser = services.GetRequiredService<CheckInParser>();
        var generator = new DiaryGenerator(catalog, services.GetRequiredService<WalkRunPlan>());
        var standard = services.GetRequiredService<ProgrammeService>().StandardPlanExerciseIds();
        var contexts = services.GetRequiredService<IDbContextFactory<AppDbContext>>();
        var now = clock.GetUtcNow();
        var today = DiaryDay.Of(now);
        var patients = new List<SeededPatient>(patientCount);
        int checkIns = 0, notes = 0, signs = 0, reviews = 0;
        foreach (var batch in Enumerable.Range(1, patientCount).Chunk(Batch))
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            foreach (var n in batch)
            {
                // One generator per patient: the same clinic every run, whatever the batch size.
                var random = new Random(15_000 + n);
                var story = StoryOf(random);
                var lastDay = story == DiaryStory.Quiet ? today.AddDays(-random.Next(15, 31)) : today.AddDays(-1);
                var followedFrom = story == DiaryStory.Quiet ? lastDay.AddDays(-random.Next(55, 63)) : today.AddDays(-random.Next(60, 65));
                var createdAt = At(followedFrom, 9 * 60 + random.Next(0, 300));
                var added = random.NextDouble() < 0.3 ? Added[random.Next(Added.Length)] : default;
                var label = $"Runner {n:0000} {Initials(random)}{Tags[random.Next(Tags.Length)]}";
                var (token, hash) = ShareToken.Create();
                var programme = new Programme
                {
                    Id = Guid.NewGuid(),
                    Origin = ProgrammeOrigin.StandardPlan,
                    RulesVersion = AssessmentEngine.RulesVersion,
                    CreatedAt = createdAt.AddMinutes(5),
                    UpdatedAt = createdAt.AddMinutes(5),
                    HeldBackJson = "[]",
                    Exercises = [.. standard.Select((id, i) => new ProgrammeExercise { Id = Guid.NewGuid(), ExerciseId = id, Position = i, Dosage = catalog.Find(id)!.Dosage })],
                    Links = [new PatientLink { Id = Guid.NewGuid(), TokenHash = hash, CreatedAt = createdAt.AddMinutes(10), ExpiresAt = createdAt.AddMinutes(10).AddDays(180) }],
                };
                if (added.Id is not null)
                {
                    programme.Exercises.Add(new ProgrammeExercise
                    {
                        Id = Guid.NewGuid(), ExerciseId = added.Id, Position = programme.Exercises.Count, Dosage = catalog.Find(added.Id)!.Dosage, Notes = added.Note, AddedByPhysio = true,
                    });
                }

                var patient = new Patient { Id = Guid.NewGuid(), PhysioId = physioId, Label = label, CreatedAt = createdAt, Programmes = [programme] };
                db.Patients.Add(patient);
                patients.Add(new SeededPatient(patient.Id, label, programme.Id, token, story));

                DateTimeOffset? signedAt = null;
                foreach (var form in generator.Diary(random, story, followedFrom, lastDay, checkInsPerPatient, added.Id is null ? [] : [added.Id]))
                {
                    var day = DateOnly.ParseExact(form.SessionDate!, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
                    // Logged in the evening of the session's day, as the app would stamp it.
                    var recordedAt = At(day, 18 * 60 + random.Next(0, 240));
                    var parsed = parser.Parse(form, DiaryDay.Of(recordedAt));
                    if (parsed.CheckIn is not { } checkIn)
                    {
                        throw new InvalidOperationException($"Generated check-in for {label} on {form.SessionDate} refused: " + string.Join("; ", parsed.Errors.Select(e => $"{e.Key}: {e.Value}")));
                    }

                    var rescreen = RedFlagRescreen.Evaluate(checkIn.RedFlagAnswers);
                    var entry = CheckInMapping.ToEntry(checkIn, rescreen, recordedAt);
                    entry.ProgrammeId = programme.Id;
                    db.CheckIns.Add(entry);
                    checkIns++;
                    notes += entry.Note is null ? 0 : 1;
                    if (rescreen.HasRedFlag)
                    {
                        signs++;
                        signedAt = recordedAt;
                    }
                }

                // Half the warning signs were seen by the physio already (acknowledged a few hours later).
                if (signedAt is { } at && random.NextDouble() < 0.5)
                {
                    var seen = at.AddHours(3) < now ? at.AddHours(3) : now.AddMinutes(-1);
                    db.DiaryReviews.Add(new DiaryReview { Id = Guid.NewGuid(), ProgrammeId = programme.Id, Kind = DiaryReviewKind.Acknowledged, PhysioId = physioId, ReviewerName = PhysioName, At = seen });
                    reviews++;
                }
            }

            await db.SaveChangesAsync(ct);
        }

        return new SeedResult(physioId, email, patients, checkIns, notes, signs, reviews, watch.Elapsed);
    }

    /// <summary>About 90 % recover steadily; 4 % went quiet, 3 % had a bad last week, 3 % reported a warning sign.</summary>
    private static DiaryStory StoryOf(Random random) => random.NextDouble() switch
    {
        < 0.04 => DiaryStory.Quiet,
        < 0.07 => DiaryStory.HighPain,
        < 0.10 => DiaryStory.WarningSign,
        _ => DiaryStory.Recovering,
    };

    private static string Initials(Random random) => string.Concat((char)('A' + random.Next(26)), (char)('A' + random.Next(26)));

    private static DateTimeOffset At(DateOnly day, int minutes) => new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).AddMinutes(minutes);

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>The seed's link tokens (the database holds only their hashes), to open the patient pages of a kept database.</summary>
    public static string TokensJson(SeedResult seed) =>
        JsonSerializer.Serialize(seed.Patients.Select(p => new { p.Label, p.Id, p.Token, Story = p.Story.ToString() }), Indented);
}
