using PiriformisRehab.Domain.BodyMap;
using PiriformisRehab.Domain.Questions;
using PiriformisRehab.Domain.Rules;

namespace PiriformisRehab.Web.Features.SelfCheck;

/// <summary>One problem with an answer: the question, and the message shown beside it and in the summary.</summary>
public sealed record FieldProblem(string QuestionId, string Message);

/// <summary>
/// What reading a page's body map found: problems beside its questions (or beside the map, under
/// <see cref="SelfCheckFlow.BodyMapFieldId"/>), and whether a map field carried a value no page sends.
/// </summary>
public sealed record MapReading(IReadOnlyList<FieldProblem> Problems, bool Malformed)
{
    public static readonly MapReading None = new([], false);
}

/// <summary>
/// The self-check as pages (seeds/questions.json): which questions a page asks, reading a posted
/// page into the draft, and what is still missing. Every question shown must be answered (spec
/// 5.2): a blank is a problem to fix, never read as "no".
/// </summary>
public sealed class SelfCheckFlow(SelfCheckService service, BodyMapCatalog bodyMap)
{
    /// <summary>The element a problem with the map as a whole links to: its "None of these places" box.</summary>
    public const string BodyMapFieldId = "where-none";

    /// <summary>The name of the "I do not know" box posted beside a number that allows it.</summary>
    public static string DontKnowField(string questionId) => questionId + ".dontKnow";

    public IReadOnlyList<QuestionPage> Pages => service.Catalog.Pages;

    public QuestionPage First => Pages[0];

    public QuestionPage? Find(string? pageId) => Pages.FirstOrDefault(p => p.Id == pageId);

    public int IndexOf(QuestionPage page) => Pages.ToList().IndexOf(page);

    public QuestionPage? Next(QuestionPage page) => IndexOf(page) + 1 is var i && i < Pages.Count ? Pages[i] : null;

    public QuestionPage? Previous(QuestionPage page) => IndexOf(page) - 1 is var i && i >= 0 ? Pages[i] : null;

    public QuestionPage PageOf(string questionId) => Pages.FirstOrDefault(p => p.QuestionIds.Contains(questionId)) ?? First;

    /// <summary>The page's questions in order, follow-ups included whether or not they are asked yet.</summary>
    public IReadOnlyList<Question> QuestionsOn(QuestionPage page) => [.. page.QuestionIds.Select(id => service.Catalog.Find(id)!)];

    /// <summary>The body map's places for this page: those whose questions the page asks (ADR-015).</summary>
    public IReadOnlyList<BodyMapRegion> MapRegions(QuestionPage page) => bodyMap.RegionsFor(page.QuestionIds);

    /// <summary>
    /// Takes this page's answers from a posted form into the draft; nothing else is read. A number
    /// wins over a ticked "I do not know"; a follow-up whose parent is not yes is dropped (spec 5.1).
    /// The page's body map, if it has one, is read with its questions (<see cref="BodyMapAnswers"/>).
    /// </summary>
    public MapReading Read(AnswerDraft draft, QuestionPage page, IFormCollection form)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(form);
        // The answers as the page was drawn: the map showed a place ticked exactly when its question was Yes.
        var previous = QuestionsOn(page).ToDictionary(q => q.Id, q => draft.Get(q.Id), StringComparer.Ordinal);
        foreach (var question in QuestionsOn(page))
        {
            // Only the first value of a repeated field counts: a forged post cannot smuggle a second.
            var value = form.TryGetValue(question.Id, out var values) ? values.FirstOrDefault() : null;
            if (string.IsNullOrWhiteSpace(value) && question.AllowsDontKnow && form.TryGetValue(DontKnowField(question.Id), out var dontKnow) && dontKnow.FirstOrDefault() == "true")
            {
                value = AnswerDraft.DontKnowValue;
            }

            // Oversized input is cut before it is kept: the cookie holds the draft and must stay small.
            draft.Set(question.Id, value is { Length: > 32 } ? value[..32] : value);
        }

        var map = ReadMap(draft, page, form, previous);
        foreach (var question in QuestionsOn(page).Where(q => !service.IsAsked(draft, q)))
        {
            draft.Set(question.Id, null);
        }

        return map;
    }

    private MapReading ReadMap(AnswerDraft draft, QuestionPage page, IFormCollection form, IReadOnlyDictionary<string, string?> previous)
    {
        var regions = MapRegions(page);
        if (regions.Count == 0)
        {
            return MapReading.None;
        }

        // Only the first value of a field counts (as for the questions); any other value is a forged post.
        string? First(string name) => form.TryGetValue(name, out var values) ? values.FirstOrDefault() : null;
        var posted = regions.Select(r => First(r.FieldName)).Append(First(BodyMapAnswers.NoneField)).ToList();
        if (!posted.All(BodyMapAnswers.IsWellFormed))
        {
            // Nothing from a broken map is kept: its questions keep only what was posted for them.
            return new MapReading([new FieldProblem(BodyMapFieldId, BodyMapAnswers.Message(BodyMapConflict.Malformed, null, null))], true);
        }

        var ticked = regions.Where(r => First(r.FieldName) == BodyMapAnswers.Ticked).ToList();
        var none = First(BodyMapAnswers.NoneField) == BodyMapAnswers.Ticked;
        if (none && ticked.Count > 0)
        {
            return new MapReading([new FieldProblem(BodyMapFieldId, BodyMapAnswers.Message(BodyMapConflict.NoneAndPlaces, null, null))], false);
        }

        var problems = new List<FieldProblem>();
        foreach (var region in regions)
        {
            foreach (var questionId in region.QuestionIds)
            {
                var answer = draft.Get(questionId);
                var resolved = BodyMapAnswers.Resolve(previous.GetValueOrDefault(questionId), answer, ticked.Contains(region), none);
                draft.Set(questionId, resolved.Value);
                if (resolved.Conflict is { } conflict)
                {
                    problems.Add(new FieldProblem(questionId, BodyMapAnswers.Message(conflict, region, answer)));
                }
            }
        }

        return new MapReading(problems, false);
    }

    /// <summary>What must be fixed on this page before moving on, in the page's order.</summary>
    public IReadOnlyList<FieldProblem> Problems(AnswerDraft draft, QuestionPage page) => Problems(draft, page, service.Validate(draft).Errors);

    /// <summary>
    /// This page's problems after a post: the map's first (it comes first on the page), and a map
    /// conflict in place of "select an answer" for the question it concerns.
    /// </summary>
    public IReadOnlyList<FieldProblem> Problems(AnswerDraft draft, QuestionPage page, MapReading map)
    {
        ArgumentNullException.ThrowIfNull(map);
        var byQuestion = map.Problems.ToDictionary(p => p.QuestionId, StringComparer.Ordinal);
        return [.. map.Problems.Where(p => p.QuestionId == BodyMapFieldId),
            .. Problems(draft, page).Select(p => byQuestion.GetValueOrDefault(p.QuestionId) ?? p)];
    }

    /// <summary>The first page with something missing or wrong, or null when every page is complete.</summary>
    public QuestionPage? FirstIncomplete(AnswerDraft draft)
    {
        var errors = service.Validate(draft).Errors;
        return Pages.FirstOrDefault(p => Problems(draft, p, errors).Count > 0);
    }

    /// <summary>Every problem on every page, in asking order (check your answers).</summary>
    public IReadOnlyList<FieldProblem> AllProblems(AnswerDraft draft)
    {
        var errors = service.Validate(draft).Errors;
        return [.. Pages.SelectMany(p => Problems(draft, p, errors))];
    }

    /// <summary>A follow-up is asked only when its parent was answered yes (spec 5.1).</summary>
    public bool IsAsked(AnswerDraft draft, Question question) => service.IsAsked(draft, question);

    /// <summary>Whether the runner has started: any answer at all.</summary>
    public static bool HasAnswers(AnswerDraft draft) => draft.Values.Count > 0;

    /// <summary>Emergency red flags in the draft (the check stops at once), from the same rules as the result.</summary>
    public IReadOnlyList<RedFlag> Emergency(AnswerDraft draft) => service.RedFlags(draft).Emergency;

    /// <summary>Urgent red flags so far: the runner may finish, and the result leads with them.</summary>
    public IReadOnlyList<RedFlag> Urgent(AnswerDraft draft) => service.RedFlags(draft).Urgent;

    /// <summary>
    /// The safety questions on this page whose "yes" alone, with the answers so far, stops the
    /// check: with JavaScript such an answer is sent at once (the check need not wait for Continue).
    /// </summary>
    public IReadOnlySet<string> StopsAtOnce(AnswerDraft draft, QuestionPage page)
    {
        var stops = new HashSet<string>(StringComparer.Ordinal);
        foreach (var question in QuestionsOn(page).Where(q => q.Section == "safety" && q.Type == QuestionType.Bool))
        {
            var probe = AnswerDraft.FromJson(draft.ToJson());
            probe.Set(question.Id, "true");
            if (Emergency(probe).Count > 0)
            {
                stops.Add(question.Id);
            }
        }

        return stops;
    }

    private List<FieldProblem> Problems(AnswerDraft draft, QuestionPage page, IReadOnlyDictionary<string, string[]> errors)
    {
        var problems = new List<FieldProblem>();
        foreach (var question in QuestionsOn(page).Where(q => service.IsAsked(draft, q)))
        {
            if (draft.Get(question.Id) is null)
            {
                problems.Add(new FieldProblem(question.Id, Required(question)));
            }
            else if (errors.ContainsKey(question.Id))
            {
                problems.Add(new FieldProblem(question.Id, Invalid(question)));
            }
        }

        return problems;
    }

    private static string Required(Question question) => question.Type switch
    {
        QuestionType.Bool when question.AcceptsNotSure => "Select yes, no or not sure",
        QuestionType.Bool => "Select yes or no",
        QuestionType.Enum => "Select the answer that fits best",
        _ when question.AllowsDontKnow => $"Enter a number from {question.Min} to {question.Max}, or tick \u201cI do not know\u201d",
        _ => $"Enter a number from {question.Min} to {question.Max}",
    };

    private static string Invalid(Question question) => question.Type == QuestionType.Int
        ? $"Enter a whole number from {question.Min} to {question.Max}"
        : Required(question);
}
