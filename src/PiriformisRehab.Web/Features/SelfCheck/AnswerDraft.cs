using System.Globalization;
using System.Text.Json;
using PiriformisRehab.Domain.Questions;

namespace PiriformisRehab.Web.Features.SelfCheck;

/// <summary>
/// The wizard's answers so far, as the strings the form controls hold ("true", "7", "hours").
/// Plain data: it neither persists itself nor calls JavaScript (see <see cref="DraftCookie"/>).
/// </summary>
public sealed class AnswerDraft
{
    /// <summary>
    /// The stored value of "I do not know" for a number that allows it: an answer given on
    /// purpose, which the engine receives as "not given" (spec 5.2).
    /// </summary>
    public const string DontKnowValue = "dontKnow";

    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);

    /// <summary>The wizard step the runner was on, so a reload returns there.</summary>
    public int Step { get; set; }

    public IReadOnlyDictionary<string, string> Values => _values;

    public string? Get(string questionId) => _values.GetValueOrDefault(questionId);

    /// <summary>Sets or, with null or blank, clears one answer.</summary>
    public void Set(string questionId, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            _values.Remove(questionId);
        }
        else
        {
            _values[questionId] = value.Trim();
        }
    }

    public void Clear()
    {
        _values.Clear();
        Step = 0;
    }

    /// <summary>
    /// The answers as validator input. Numbers that do not parse become non-integers so the
    /// validator reports them; nothing here decides what is valid.
    /// </summary>
    public IEnumerable<KeyValuePair<string, AnswerInput>> ToInputs(QuestionCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        foreach (var (id, raw) in _values)
        {
            if (raw == DontKnowValue && catalog.Find(id) is { AllowsDontKnow: true })
            {
                continue;
            }

            var type = catalog.Find(id)?.Type;
            var input = type switch
            {
                QuestionType.Bool when bool.TryParse(raw, out var b) => AnswerInput.Of(b),
                QuestionType.Int when int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) => AnswerInput.Of(n),
                QuestionType.Int => new AnswerInput(AnswerInputKind.Number),
                _ => AnswerInput.Of(raw),
            };
            yield return KeyValuePair.Create(id, input);
        }
    }

    public string ToJson() => JsonSerializer.Serialize(new DraftDto(Step, _values), DraftJsonContext.Default.DraftDto);

    /// <summary>Reads a stored draft; anything unreadable gives an empty draft rather than an error.</summary>
    public static AnswerDraft FromJson(string? json)
    {
        var draft = new AnswerDraft();
        if (string.IsNullOrWhiteSpace(json))
        {
            return draft;
        }

        try
        {
            var dto = JsonSerializer.Deserialize(json, DraftJsonContext.Default.DraftDto);
            if (dto?.Answers is not null)
            {
                foreach (var (id, value) in dto.Answers)
                {
                    draft.Set(id, value);
                }

                draft.Step = Math.Max(0, dto.Step);
            }
        }
        catch (JsonException)
        {
            // A corrupted or old-format draft is discarded: the runner starts again.
        }

        return draft;
    }
}

public sealed record DraftDto(int Step, Dictionary<string, string> Answers);
