using System.Globalization;
using PiriformisRehab.Domain.Plans;
using PiriformisRehab.Domain.Questions;
using F = PiriformisRehab.Domain.Recovery.CheckInFields;

namespace PiriformisRehab.Domain.Recovery;

/// <summary>
/// Checks a check-in from a form. Collects every problem keyed by field, with a message a
/// runner can act on, and never throws: bad input becomes errors, never a half-made entry.
/// </summary>
public sealed class CheckInParser(ExerciseCatalog exercises, QuestionCatalog questions, WalkRunPlan walkRun)
{
    /// <summary>A parser over the embedded seeds.</summary>
    public static CheckInParser Default { get; } = new(ExerciseCatalog.Default, QuestionCatalog.Default, WalkRunPlan.Default);

    /// <summary>Parses <paramref name="input"/>; <paramref name="today"/> bounds the session date.</summary>
    public CheckInParseResult Parse(CheckInInput input, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);

        var date = ParseDate(input.SessionDate, today, errors);
        var painNow = Pain(input.PainNow, F.PainNow, required: true, errors);
        var painWorst = Pain(input.PainWorst, F.PainWorst, required: true, errors);
        if (painNow is int now && painWorst is int worst && worst < now)
        {
            errors[F.PainWorst] = "Your worst pain since last time cannot be lower than your pain now.";
        }

        var done = Exercises(input.ExercisesDone, errors);
        var exercisePain = Pain(input.ExercisePain, F.ExercisePain, required: done.Count > 0, errors);
        if (done.Count == 0 && exercisePain is not null && !errors.ContainsKey(F.ExercisesDone))
        {
            errors[F.ExercisePain] = "Tick the exercises you did, or leave this empty.";
        }

        var sitting = Number(input.SittingMinutes, F.SittingMinutes, 0, F.MaxSittingMinutes, "minutes", required: false, errors);
        var activity = ParseActivity(input.Activity, errors);
        int? phase = null, runMinutes = null, runPain = null;
        if (activity is RunActivity a && a != RunActivity.None)
        {
            phase = a == RunActivity.WalkRun ? Number(input.WalkRunPhase, F.WalkRunPhase, 1, walkRun.Phases.Count, "", required: true, errors) : null;
            runMinutes = a == RunActivity.WalkRun
                ? (phase is int p ? walkRun.Phases[p - 1].RunMinutes : null)
                : Number(input.RunMinutes, F.RunMinutes, 1, F.MaxRunMinutes, "minutes", required: true, errors);
            runPain = Pain(input.RunPain, F.RunPain, required: true, errors);
        }
        else if (activity == RunActivity.None)
        {
            // Details of a walk or run without choosing one is a slip; guessing which one was meant would store a wrong entry.
            foreach (var (field, text) in new[] { (F.WalkRunPhase, input.WalkRunPhase), (F.RunMinutes, input.RunMinutes), (F.RunPain, input.RunPain) })
            {
                if (!string.IsNullOrWhiteSpace(text))
                {
                    errors[field] = "Choose the walk or run you did, or leave this empty.";
                }
            }
        }

        // A list or activity that failed its own check still says a session was meant: no knock-on error here.
        var hadSession = done.Count > 0 || errors.ContainsKey(F.ExercisesDone) || errors.ContainsKey(F.Activity) || (activity is RunActivity act && act != RunActivity.None);
        var morning = ParseMorning(input.MorningAfter, hadSession, errors);
        var note = input.Note?.Trim();
        if (note is { Length: > F.MaxNoteLength })
        {
            errors[F.Note] = string.Create(CultureInfo.InvariantCulture, $"Keep the note to {F.MaxNoteLength} characters (it has {note.Length}).");
        }

        var flags = RedFlags(input.RedFlags, errors);
        AnythingNew(input.AnythingNew, flags, errors);
        if (errors.Count > 0)
        {
            return new CheckInParseResult(null, errors) { WarningSigns = errors.ContainsKey(F.RedFlags) ? [] : flags, SessionDate = date };
        }

        return new CheckInParseResult(
            new CheckIn(date!.Value, painNow!.Value, painWorst!.Value, morning, exercisePain, sitting, activity!.Value, phase, runMinutes, runPain,
                done, string.IsNullOrEmpty(note) ? null : note, flags, input.ClinicianCleared),
            new Dictionary<string, string>(StringComparer.Ordinal)) { WarningSigns = flags, SessionDate = date };
    }

    /// <summary>
    /// "Anything new?" is answered every time (spec 5.11 b). A ticked sign is itself a yes, so a
    /// missing answer beside one is not an error; a "no" beside one is, and the sign still counts.
    /// </summary>
    private static void AnythingNew(string? text, List<string> flags, Dictionary<string, string> errors)
    {
        var answer = text?.Trim();
        if (string.IsNullOrEmpty(answer))
        {
            if (flags.Count == 0 && !errors.ContainsKey(F.RedFlags))
            {
                errors[F.AnythingNew] = "Answer “Anything new?”: yes or no.";
            }

            return;
        }

        if (answer is not ("yes" or "no"))
        {
            errors[F.AnythingNew] = "Choose yes or no.";
        }
        else if (answer == "no" && flags.Count > 0)
        {
            errors[F.AnythingNew] = "You ticked a warning sign below, so choose yes (or untick it if it was a slip).";
        }
        else if (answer == "yes" && flags.Count == 0 && !errors.ContainsKey(F.RedFlags))
        {
            errors[F.RedFlags] = "Tick what is new, or answer no. If something new worries you that is not listed, contact your doctor or physiotherapist.";
        }
    }

    private static DateOnly? ParseDate(string? text, DateOnly today, Dictionary<string, string> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            errors[F.SessionDate] = "Give the date of the session.";
            return null;
        }

        if (!DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            errors[F.SessionDate] = "Give the date as year-month-day, for example 2026-03-14.";
            return null;
        }

        // The server only knows the UTC date; a runner east of UTC is already on the next day.
        if (date > today.AddDays(1))
        {
            errors[F.SessionDate] = "The session date cannot be in the future.";
            return null;
        }

        if (date < today.AddDays(-F.MaxDaysBack))
        {
            errors[F.SessionDate] = "Sessions more than a year ago cannot be logged.";
            return null;
        }

        return date;
    }

    private static int? Pain(string? text, string field, bool required, Dictionary<string, string> errors) =>
        Number(text, field, 0, 10, "", required, errors, "Give your pain as a whole number from 0 (none) to 10 (worst imaginable).");

    private static int? Number(string? text, string field, int min, int max, string unit, bool required, Dictionary<string, string> errors, string? message = null)
    {
        message ??= string.Create(CultureInfo.InvariantCulture, $"Give a whole number from {min} to {max}{(unit.Length > 0 ? " " + unit : "")}.");
        if (string.IsNullOrWhiteSpace(text))
        {
            if (required)
            {
                errors[field] = message;
            }

            return null;
        }

        if (!int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < min || n > max)
        {
            errors[field] = message;
            return null;
        }

        return n;
    }

    private static RunActivity? ParseActivity(string? text, Dictionary<string, string> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return RunActivity.None;
        }

        var value = Choices.Activity(text.Trim());
        if (value is null)
        {
            errors[F.Activity] = "Choose none, the brisk-walk test, a walk-run phase or a continuous run.";
        }

        return value;
    }

    private static MorningAfter? ParseMorning(string? text, bool hadSession, Dictionary<string, string> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            if (hadSession)
            {
                errors[F.MorningAfter] = "Say how it felt the next morning: better, the same or worse.";
            }

            return null;
        }

        var value = Choices.Morning(text.Trim());
        if (value is null)
        {
            errors[F.MorningAfter] = "Choose better, the same or worse.";
        }
        else if (!hadSession)
        {
            // The answer judges a session; on a rest day a "worse" would count as a flare-up of nothing.
            errors[F.MorningAfter] = "Only for a day with exercises or a walk or run: tick what you did, or leave this empty.";
            return null;
        }

        return value;
    }

    private List<string> Exercises(IList<string>? ids, Dictionary<string, string> errors)
    {
        var done = new List<string>();
        foreach (var id in ids ?? [])
        {
            if (id is null || exercises.Find(id) is null)
            {
                errors[F.ExercisesDone] = "Choose exercises from the list.";
                return [];
            }

            if (!done.Contains(id, StringComparer.Ordinal))
            {
                done.Add(id);
            }
        }

        return done;
    }

    private List<string> RedFlags(IList<string>? ids, Dictionary<string, string> errors)
    {
        var yes = new List<string>();
        foreach (var id in ids ?? [])
        {
            if (id is null || questions.Find(id) is not { Section: RedFlagRescreen.SafetySection })
            {
                errors[F.RedFlags] = "Answer the safety questions from the list.";
                return [];
            }

            if (!yes.Contains(id, StringComparer.Ordinal))
            {
                yes.Add(id);
            }
        }

        return yes;
    }
}
