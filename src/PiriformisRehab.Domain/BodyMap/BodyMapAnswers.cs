using PiriformisRehab.Domain.Questions;

namespace PiriformisRehab.Domain.BodyMap;

/// <summary>Why a page's map and its questions could not be read together.</summary>
public enum BodyMapConflict
{
    /// <summary>A place is newly ticked but its question says No or Not sure.</summary>
    TickedButAnswered,
    /// <summary>"None of these places" is ticked but a question says Yes.</summary>
    NoneButYes,
    /// <summary>A place that was ticked is now unticked while its question still says Yes (without JavaScript).</summary>
    UntickedButYes,
    /// <summary>"None of these places" and a place are both ticked.</summary>
    NoneAndPlaces,
    /// <summary>A map field was posted with a value no page sends (a forged or broken post).</summary>
    Malformed,
}

/// <summary>One question's answer after the map is read: the value to keep (null = unanswered), or a conflict.</summary>
/// <param name="Value">The answer to keep; null when unanswered or in conflict.</param>
/// <param name="Conflict">What the runner must sort out, if anything.</param>
public readonly record struct MappedAnswer(string? Value, BodyMapConflict? Conflict);

/// <summary>
/// How the body map's ticks and the page's ordinary questions combine (ADR-015, clinical-basis 19).
/// A tick answers Yes. An untouched place is never read as No: only "None of these places" turns
/// the page's unanswered place questions into No, and an explicit answer to the question itself
/// always stays. Anything contradictory is sent back to the runner rather than guessed.
/// </summary>
public static class BodyMapAnswers
{
    /// <summary>Posted checkboxes are named <c>where.{regionId}</c>.</summary>
    public const string FieldPrefix = "where.";

    /// <summary>The "None of these places" checkbox.</summary>
    public const string NoneField = "where.none";

    /// <summary>The only value a ticked box sends.</summary>
    public const string Ticked = "true";

    /// <summary>
    /// One question: <paramref name="previous"/> is its answer when the page was drawn (the map then
    /// showed the place ticked exactly when it was Yes), <paramref name="posted"/> the question's own
    /// posted answer, <paramref name="ticked"/> whether a place that answers it is ticked,
    /// <paramref name="none"/> whether "None of these places" is ticked (never together with a place:
    /// see <see cref="BodyMapConflict.NoneAndPlaces"/>).
    /// </summary>
    public static MappedAnswer Resolve(string? previous, string? posted, bool ticked, bool none)
    {
        const string yes = "true";
        const string no = "false";
        if (ticked)
        {
            // A place shown ticked and left so, while the runner changed its question to No or Not
            // sure (a browser without JavaScript cannot untick it for them): the question's change wins.
            return posted is null or yes ? new(yes, null)
                : previous == yes ? new(posted, null)
                : new(null, BodyMapConflict.TickedButAnswered);
        }

        if (none)
        {
            return posted switch
            {
                null or no => new(no, null),
                yes => new(null, BodyMapConflict.NoneButYes),
                _ => new(posted, null), // "Not sure" is the runner's own, more careful answer: it stays.
            };
        }

        // The place was shown ticked (its answer was Yes) and the runner unticked it, but the
        // question still says Yes: they meant "not here", which is not "no", so ask.
        return previous == yes && posted == yes ? new(null, BodyMapConflict.UntickedButYes) : new(posted, null);
    }

    /// <summary>Whether a posted map value is one the page could have sent.</summary>
    public static bool IsWellFormed(string? value) => value is null or Ticked;

    /// <summary>The message beside a question (or the map) for a conflict, in the page's words.</summary>
    public static string Message(BodyMapConflict conflict, BodyMapRegion? region, string? posted) => conflict switch
    {
        BodyMapConflict.TickedButAnswered => $"You ticked \u201c{region?.Label}\u201d on the body map but answered \u201c{(posted == Answers.NotSureValue ? "Not sure" : "No")}\u201d here: select yes, no or not sure",
        BodyMapConflict.NoneButYes => "You ticked \u201cNone of these places\u201d but answered \u201cYes\u201d here: select yes, no or not sure",
        BodyMapConflict.UntickedButYes => $"You unticked \u201c{region?.Label}\u201d on the body map: select yes, no or not sure",
        BodyMapConflict.NoneAndPlaces => "Tick the places where you feel it, or \u201cNone of these places\u201d, not both",
        _ => "The body map could not be read: tick the places where you feel it again",
    };
}
