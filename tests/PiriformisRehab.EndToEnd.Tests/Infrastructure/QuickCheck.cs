using Microsoft.Playwright;

namespace PiriformisRehab.EndToEnd.Tests.Infrastructure;

/// <summary>
/// Answers the self-check one page per script: every shown question is set as <see cref="KeyboardWizard"/>
/// would answer it, then Continue is pressed. For tests about what comes after the check (print,
/// saved results, tap targets, drafts across instances), where answering by keyboard is not what
/// they test and cost a few hundred key presses each; the keyboard path itself is proven by
/// SelfCheckFlowTests and QuestionFlowAccessTests.
/// </summary>
internal static class QuickCheck
{
    /// <summary>
    /// Sets every visible question (the given values, else "No", plain numbers, "running with pain")
    /// and fires change events, twice, so a follow-up revealed by a Yes is answered too.
    /// </summary>
    private const string AnswerPage = """
        given => {
          const answer = () => {
            for (const box of document.querySelectorAll('[data-question-id]')) {
              if (!box.checkVisibility()) continue;
              const id = box.dataset.questionId, value = given[id];
              const number = box.querySelector('input[type=number]');
              if (value === 'dontKnow') {
                const dontKnow = document.getElementById(`in-${id}-dontKnow`);
                if (!dontKnow.checked) { dontKnow.checked = true; dontKnow.dispatchEvent(new Event('change', { bubbles: true })); }
              } else if (number) {
                number.value = value ?? (id === 'age' ? '34' : '3');
                number.dispatchEvent(new Event('change', { bubbles: true }));
              } else {
                const radios = [...box.querySelectorAll('input[type=radio]')];
                const values = radios.map(r => r.value);
                const want = value ?? (values.includes('false') ? 'false' : id === 'runningStatus' ? 'runningWithPain' : values[1]);
                const radio = radios.find(r => r.value === want);
                if (!radio.checked) { radio.checked = true; radio.dispatchEvent(new Event('change', { bubbles: true })); }
              }
            }
          };
          answer();
          answer();
          document.querySelector('[data-continue]').click();
        }
        """;

    /// <summary>Answers and continues through every page up to (not including) <paramref name="stopAt"/>.</summary>
    public static async Task AnswerUpToAsync(IPage page, string stopAt, IReadOnlyDictionary<string, string>? given = null)
    {
        var values = given ?? new Dictionary<string, string>();
        foreach (var (id, next) in KeyboardWizard.Pages.Zip([.. KeyboardWizard.Pages.Skip(1), "answers"]))
        {
            if (id == stopAt)
            {
                return;
            }

            await page.Locator($"[data-step='{id}']").WaitForAsync();
            await page.EvaluateAsync(AnswerPage, values);
            await page.Locator($"[data-step='{next}']").WaitForAsync();
        }
    }

    /// <summary>Opens the check, answers every page (the listed questions yes) and shows the result.</summary>
    public static async Task<KeyboardWizard> FinishAsync(IPage page, params string[] yes)
    {
        var wizard = await KeyboardWizard.OpenAsync(page);
        await AnswerUpToAsync(page, "(to the end)", yes.ToDictionary(id => id, _ => "true"));
        await wizard.SeeResultsAsync();
        return wizard;
    }
}
