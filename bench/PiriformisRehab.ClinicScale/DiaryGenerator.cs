using System.Globalization;
using PiriformisRehab.Domain.Plans;
using PiriformisRehab.Domain.Recovery;

namespace PiriformisRehab.ClinicScale;

/// <summary>How a generated patient's diary goes; most recover steadily, a few need the physio.</summary>
internal enum DiaryStory
{
    /// <summary>Pain eases over weeks, with the odd flare-up.</summary>
    Recovering,
    /// <summary>Stopped checking in 15 to 30 days ago ("no check-in for 14 days").</summary>
    Quiet,
    /// <summary>A bad last week: pain 7/10 or more at the latest check-ins.</summary>
    HighPain,
    /// <summary>One check-in in the last two weeks reports a warning sign (the diary pauses).</summary>
    WarningSign,
}

/// <summary>
/// Check-in forms as a patient would fill them in over about 60 days, written as the raw form
/// fields (<see cref="CheckInInput"/>) so the app's own <see cref="CheckInParser"/> checks each one
/// and a generator slip fails the seed instead of storing something the app never would.
/// Pain follows a recovering curve (4-7/10 easing to 0-2/10 with a half-life of 10-30 days) with
/// day-to-day noise; about one session in fourteen is worse the next morning and lifts the pain for
/// the next two check-ins. Exercises move up each ladder with time, the walk-run phases start after
/// two weeks, and notes are written on about one day in five.
/// </summary>
internal sealed class DiaryGenerator(ExerciseCatalog catalog, WalkRunPlan walkRun)
{
    private static readonly string[] Notes =
    [
        "Stiff after a long drive to work.",
        "Felt good after the bridges today.",
        "Sore sitting through a long meeting, eased on a walk.",
        "Slept badly, buttock ached in the night but fine by morning.",
        "Did the stretches twice today.",
        "Tight on the stairs this morning.",
        "Easy jog felt fine, a little ache afterwards.",
        "Skipped the sliders, ran out of time.",
        "Foam roller really helped.",
        "Pain down the back of the thigh after sitting on the train.",
        "Best day so far.",
        "Hills made it worse, stuck to the flat after that.",
    ];

    /// <summary>Warning signs a patient might report at a check-in (safety questions of seeds/questions.json).</summary>
    private static readonly string[] Signs = ["nightPainUnrelenting", "progressiveWeakness", "worseningDespiteRest", "saddleNumbness"];

    /// <summary>The check-in forms of one patient, oldest first, on 50 distinct days after <paramref name="followedFrom"/>.</summary>
    public IReadOnlyList<CheckInInput> Diary(Random random, DiaryStory story, DateOnly followedFrom, DateOnly lastDay, int count, IReadOnlyList<string> addedExercises)
    {
        var days = Enumerable.Range(1, lastDay.DayNumber - followedFrom.DayNumber)
            .Select(followedFrom.AddDays)
            .OrderBy(_ => random.Next())
            .Take(count)
            .Order()
            .ToList();
        var startPain = random.Next(4, 8);
        var endPain = random.Next(0, 3);
        var halfLife = random.Next(10, 31);
        // Days per ladder stage, per category: some patients move up faster than others.
        var stageDays = catalog.Categories.ToDictionary(c => c.Id, _ => random.Next(9, 21));
        var signAt = story == DiaryStory.WarningSign ? days.FindLastIndex(d => d <= lastDay.AddDays(-random.Next(1, 14))) : -1;
        var flare = 0;
        var forms = new List<CheckInInput>(days.Count);
        for (var k = 0; k < days.Count; k++)
        {
            var day = days[k];
            var t = day.DayNumber - followedFrom.DayNumber;
            var curve = endPain + (startPain - endPain) * Math.Pow(0.5, t / (double)halfLife);
            var now = Math.Clamp((int)Math.Round(curve + (flare > 0 ? 2 : 0) + random.Next(-1, 2)), 0, 10);
            if (story == DiaryStory.HighPain && day > lastDay.AddDays(-7))
            {
                now = random.Next(7, 9);
            }

            flare = Math.Max(0, flare - 1);
            var worst = Math.Min(10, now + random.Next(0, 3));
            var form = new CheckInInput
            {
                SessionDate = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                PainNow = Text(now),
                PainWorst = Text(worst),
                AnythingNew = "no",
            };

            // About one day in seven is a rest day: no session, so no next-morning answer either.
            if (random.NextDouble() >= 0.14)
            {
                Session(form, random, t, now, stageDays, addedExercises);
                var worse = random.NextDouble() < 0.07 || (story == DiaryStory.HighPain && day > lastDay.AddDays(-7));
                if (worse)
                {
                    flare = 2;
                }

                form.MorningAfter = worse ? "worse" : random.NextDouble() < (curve > endPain + 1 ? 0.5 : 0.25) ? "better" : "same";
            }

            if (random.NextDouble() < 0.4)
            {
                form.SittingMinutes = Text(5 * random.Next(4, 25));
            }

            if (random.NextDouble() < 0.2)
            {
                form.Note = Notes[random.Next(Notes.Length)];
            }

            if (k == signAt)
            {
                form.AnythingNew = "yes";
                form.RedFlags = [Signs[random.Next(Signs.Length)]];
            }

            forms.Add(form);
        }

        return forms;
    }

    private void Session(CheckInInput form, Random random, int t, int pain, Dictionary<CategoryId, int> stageDays, IReadOnlyList<string> addedExercises)
    {
        var done = new List<string>();
        foreach (var category in catalog.Categories)
        {
            // The ladder's stage this far into the programme (the diary offers the current one).
            var stage = Math.Min(category.Exercises.Count, 1 + t / stageDays[category.Id]);
            if (random.NextDouble() < 0.75)
            {
                done.Add(category.Exercises[stage - 1].Id);
            }
        }

        done.AddRange(addedExercises.Where(_ => random.NextDouble() < 0.5));
        if (done.Count == 0)
        {
            done.Add(catalog.Categories[0].Exercises[0].Id);
        }

        form.ExercisesDone = done;
        form.ExercisePain = Text(Math.Clamp(pain + random.Next(-1, 2), 0, 10));

        // Running comes back after two weeks: the brisk-walk test, then walk-run phases, then runs.
        if (t < 10 || random.NextDouble() < 0.45)
        {
            return;
        }

        if (t < 16)
        {
            form.Activity = "briskWalk";
            form.RunMinutes = Text(random.Next(20, 31));
        }
        else if (t < 16 + 3 * walkRun.Phases.Count)
        {
            form.Activity = "walkRun";
            form.WalkRunPhase = Text(Math.Min(walkRun.Phases.Count, 1 + (t - 16) / 3));
        }
        else
        {
            form.Activity = "continuousRun";
            form.RunMinutes = Text(random.Next(15, 41));
        }

        form.RunPain = Text(Math.Clamp(pain + random.Next(0, 2), 0, 10));
    }

    private static string Text(int n) => n.ToString(CultureInfo.InvariantCulture);
}
