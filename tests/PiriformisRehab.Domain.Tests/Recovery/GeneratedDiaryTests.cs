using PiriformisRehab.Domain.Plans;
using PiriformisRehab.Domain.Questions;
using PiriformisRehab.Domain.Recovery;
using PiriformisRehab.Domain.Tests.Infrastructure;

namespace PiriformisRehab.Domain.Tests.Recovery;

/// <summary>Properties that hold for every diary, checked over 1,000 seeded random diaries.</summary>
public sealed class GeneratedDiaryTests
{
    private static readonly string[] ExerciseIds = [.. ExerciseCatalog.Default.Categories.SelectMany(c => c.Exercises).Select(e => e.Id)];
    private static readonly string[] SafetyIds = [.. QuestionCatalog.Default.InSection("safety").Select(q => q.Id)];
    private static readonly RecoveryStart Plan = RecoveryStart.FromExercises(["foamRollerGlute", "kneeToOppositeShoulder", "gluteBridge", "seatedSciaticSlider"], ExerciseCatalog.Default, Diary.Start);

    private static readonly Lazy<IReadOnlyList<(CheckIn[] Diary, RecoveryPicture Picture)>> Cases = new(() =>
        [.. Enumerable.Range(0, 1000).Select(seed => Generate(new Random(seed))).Select(d => (d, RecoveryEngine.Default.Evaluate(Plan, d, Diary.Day(120))))]);

    [Fact]
    public void LaddersStayOnTheirCategoryDropOnlyOnFlareUpsAndClimbOnlyOnPairsOfSessions()
    {
        Assert.All(Cases.Value, c => Assert.All(c.Picture.Ladders, ladder =>
        {
            var category = ExerciseCatalog.Default[ladder.Category];
            Assert.Contains(ladder.Current, category.Exercises);
            var sessions = c.Diary.Where(d => category.Exercises.Any(e => d.ExercisesDone.Contains(e.Id))).ToList();
            var flareUps = sessions.Count(d => d.FlaredUp);
            var start = Plan.StartStages[ladder.Category];
            Assert.InRange(ladder.Current.Stage, Math.Max(1, start - flareUps), start + (sessions.Count / ProgressionRules.GoodSessionsToMoveUp));
        }));
    }

    [Fact]
    public void PlanIsPausedExactlyWhenTheLastRedFlagWasNotClearedLater()
    {
        Assert.All(Cases.Value, c =>
        {
            // The pause follows the order check-ins were logged in, which the generator shuffles against session dates;
            // check-ins logged at the same moment keep their session order, as in PauseRules.
            var ordered = c.Diary.OrderBy(d => d.RecordedAt).ThenBy(d => d.SessionDate).ToList();
            var lastFlag = ordered.FindLastIndex(d => RedFlagRescreen.Evaluate(d.RedFlagAnswers).HasRedFlag);
            var cleared = lastFlag >= 0 && ordered.Skip(lastFlag + 1).Any(d => d.ClinicianCleared);
            Assert.Equal(lastFlag >= 0 && !cleared, c.Picture.Paused);
        });
    }

    [Fact]
    public void PausedPlanIsAlwaysThePhysiosFirstConcern()
    {
        var paused = Cases.Value.Where(c => c.Picture.Paused).ToList();

        Assert.NotEmpty(paused);
        Assert.All(paused, c => Assert.Equal(ConcernKind.RedFlag, c.Picture.Concerns[0].Kind));
    }

    [Fact]
    public void ConcernsComeMostSeriousFirst()
    {
        // The order is only tested where there is one: some generated diaries must raise two or more.
        Assert.Contains(Cases.Value, c => c.Picture.Concerns.Count >= 2);
        Assert.All(Cases.Value, c => Assert.Equal(c.Picture.Concerns.OrderBy(x => x.Kind), c.Picture.Concerns));
    }

    [Fact]
    public void RunningPhaseIsSetOnlyDuringWalkRun()
    {
        Assert.All(Cases.Value, c => Assert.Equal(c.Picture.Running.Stage == RunStage.WalkRun, c.Picture.Running.Phase is not null));
        Assert.Contains(Cases.Value, c => c.Picture.Running.Stage == RunStage.WalkRun);
    }

    [Fact]
    public void ParserNeverThrowsOnArbitraryText()
    {
        var random = new Random(7);
        string[] samples = ["", " ", "0", "10", "-1", "1e3", "٣", "2026-03-01", "worse", "walkRun", "\0", "<b>", new string('9', 40), "NaN"];
        string Pick() => samples[random.Next(samples.Length)];
        for (var i = 0; i < 2000; i++)
        {
            var input = new CheckInInput
            {
                SessionDate = Pick(), PainNow = Pick(), PainWorst = Pick(), MorningAfter = Pick(), ExercisePain = Pick(), SittingMinutes = Pick(),
                Activity = Pick(), WalkRunPhase = Pick(), RunMinutes = Pick(), RunPain = Pick(), Note = Pick(),
                ExercisesDone = [Pick()], RedFlags = [Pick()], ClinicianCleared = random.Next(2) == 0,
            };
            var result = Record.Exception(() => CheckInParser.Default.Parse(input, new DateOnly(2026, 3, 20)));
            Assert.Null(result);
        }
    }

    private static CheckIn[] Generate(Random r)
    {
        var count = r.Next(0, 40);
        var day = 0;
        var diary = new CheckIn[count];
        for (var i = 0; i < count; i++)
        {
            day += r.Next(0, 4);
            var activity = (RunActivity)r.Next(4);
            var now = r.Next(11);
            string[] done = r.Next(3) == 0 ? [] : [.. Enumerable.Range(0, r.Next(1, 4)).Select(_ => ExerciseIds[r.Next(ExerciseIds.Length)]).Distinct()];
            string[] flags = r.Next(12) == 0 ? [SafetyIds[r.Next(SafetyIds.Length)]] : [];
            var hadSession = done.Length > 0 || activity != RunActivity.None;
            diary[i] = new CheckIn(
                Diary.Day(day), now, r.Next(now, 11), hadSession ? (MorningAfter)r.Next(3) : null, done.Length > 0 ? r.Next(11) : null,
                r.Next(2) == 0 ? null : r.Next(0, 200), activity, activity == RunActivity.WalkRun ? r.Next(1, 8) : null,
                activity == RunActivity.None ? null : r.Next(1, 60), activity == RunActivity.None ? null : r.Next(11),
                done, null, flags, r.Next(4) == 0)
            {
                // Logged from the session day up to a week later, so backdated entries occur.
                RecordedAt = new DateTimeOffset(Diary.Day(day).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).AddMinutes(r.Next(0, 7 * 24 * 60)),
            };
        }

        return diary;
    }
}
