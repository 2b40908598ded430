using System.Collections.Frozen;
using PiriformisRehab.Domain.Seeds;

namespace PiriformisRehab.Domain.Questions;

/// <summary>
/// The questions of the self-check in asking order, loaded from seeds/questions.json. Loading
/// checks the seed against the contract (ids, types, ranges, options) so that wording can be
/// edited as data but the contract cannot drift.
/// </summary>
public sealed class QuestionCatalog
{
    private readonly FrozenDictionary<string, Question> _byId;

    private QuestionCatalog(IReadOnlyList<QuestionSection> sections, IReadOnlyList<QuestionPage> pages, IReadOnlyList<Question> questions)
    {
        Sections = sections;
        Pages = pages;
        Questions = questions;
        _byId = questions.ToFrozenDictionary(q => q.Id, StringComparer.Ordinal);
    }

    /// <summary>The sections in asking order: safety, core, supporting, context.</summary>
    public IReadOnlyList<QuestionSection> Sections { get; }

    /// <summary>The wizard's pages in asking order: the safety screen's pages first.</summary>
    public IReadOnlyList<QuestionPage> Pages { get; }

    /// <summary>Every question in asking order.</summary>
    public IReadOnlyList<Question> Questions { get; }

    /// <summary>The question with this id, or null.</summary>
    public Question? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>The questions of one section, in order.</summary>
    public IEnumerable<Question> InSection(string sectionId) => Questions.Where(q => q.Section == sectionId);

    private static readonly Lazy<QuestionCatalog> Embedded = new(() => Load(SeedResource.Read<QuestionsSeed>("questions.json")));

    /// <summary>The catalogue embedded from seeds/questions.json (loaded once).</summary>
    public static QuestionCatalog Default => Embedded.Value;

    internal static QuestionCatalog Load(QuestionsSeed seed)
    {
        var questions = seed.Questions.Select(ToQuestion).ToList();
        ContractCheck.Verify(questions, seed.Sections.Select(s => s.Id).ToList());
        var sections = seed.Sections.Select(s => new QuestionSection(s.Id, s.Title, s.Intro)).ToList();
        var pages = (seed.Pages ?? []).Select(p => new QuestionPage(p.Id, p.Section, p.Title, p.Intro, p.Questions)).ToList();
        ContractCheck.VerifyPages(pages, questions);
        return new QuestionCatalog(sections, pages, questions);
    }

    private static Question ToQuestion(QuestionSeed q) => new(
        q.Id,
        q.Section,
        q.Type switch
        {
            "bool" => QuestionType.Bool,
            "int" => QuestionType.Int,
            "enum" => QuestionType.Enum,
            _ => throw new InvalidDataException($"Question '{q.Id}' has unknown type '{q.Type}'."),
        },
        q.Text,
        q.Hint,
        q.WhyWeAsk,
        q.Min,
        q.Max,
        q.Unit,
        (q.Options ?? []).Select(o => new QuestionOption(o.Value, o.Label)).ToList())
    {
        Parent = q.Parent,
        AllowsDontKnow = q.DontKnow,
    };
}

internal sealed record QuestionsSeed(List<SectionSeed> Sections, List<QuestionSeed> Questions, List<PageSeed>? Pages = null);

internal sealed record PageSeed(string Id, string Section, string Title, string Intro, List<string> Questions);

internal sealed record SectionSeed(string Id, string Title, string Intro);

internal sealed record QuestionSeed(
    string Id, string Section, string Type, string Text, string? Hint, string WhyWeAsk,
    int? Min, int? Max, string? Unit, List<OptionSeed>? Options, string? Parent = null, bool DontKnow = false);

internal sealed record OptionSeed(string Value, string Label);
