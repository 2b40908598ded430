using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using PiriformisRehab.Domain.Questions;
using PiriformisRehab.Domain.Rules;
using PiriformisRehab.Web.Features.SelfCheck;

namespace PiriformisRehab.Web.Components.Pages.SelfCheck;

/// <summary>
/// The guided checklist: safety screen first, one section per step. State is the draft alone;
/// it is saved to the browser after every change so a reload or a new circuit resumes it.
/// </summary>
public sealed partial class CheckPage
{
    private const string SafetySection = "safety";

    private AnswerDraft _draft = new();
    private bool _loaded;
    private bool _returnToResults;
    private bool _focusPending;
    private Dictionary<string, string> _errors = new(StringComparer.Ordinal);
    private IReadOnlyList<RedFlag> _emergency = [];
    private IReadOnlyList<RedFlag> _urgent = [];

    [Inject] private SelfCheckService Service { get; set; } = default!;
    [Inject] private DraftStore Store { get; set; } = default!;
    [Inject] private IJSRuntime Js { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;

    /// <summary>A question to jump to ("Change an answer" on the results page).</summary>
    [SupplyParameterFromQuery(Name = "q")] public string? JumpTo { get; set; }

    /// <summary>Set when coming from the results page, so the runner can go straight back.</summary>
    [SupplyParameterFromQuery(Name = "from")] public string? From { get; set; }

    /// <summary>"Start again" from the results page.</summary>
    [SupplyParameterFromQuery(Name = "restart")] public string? RestartValue { get; set; }

    private bool Restart => QueryValues.Flag(RestartValue);

    private IReadOnlyList<QuestionSection> Sections => Service.Catalog.Sections;
    private QuestionSection Section => Sections[_draft.Step];
    private bool IsLastStep => _draft.Step == Sections.Count - 1;
    private string Title => !_loaded ? "Self-check" : _emergency.Count > 0 ? "Get emergency help now" : $"Self-check step {_draft.Step + 1} of {Sections.Count}: {Section.Title}";

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (firstRender)
        {
            var restart = Restart;
            if (restart)
            {
                await Store.ClearAsync();
                // Drop restart=true from the address: otherwise a reload, or the new circuit after a
                // dropped connection, would clear the answers given since and break the draft's promise.
                Navigation.NavigateTo(Navigation.GetUriWithQueryParameter("restart", (string?)null), replace: true);
            }

            _draft = restart ? new AnswerDraft() : await Store.LoadAsync();
            _draft.Step = Math.Clamp(_draft.Step, 0, Sections.Count - 1);
            _returnToResults = From == "results";
            if (JumpTo is not null && Service.Catalog.Find(JumpTo) is { } question)
            {
                _draft.Step = IndexOf(question.Section);
            }

            Refresh();
            _loaded = true;
            _focusPending = true;
            StateHasChanged();
            return;
        }

        if (_focusPending)
        {
            _focusPending = false;
            await FocusAsync();
        }
    }

    private async Task FocusAsync()
    {
        // Move focus to the question being changed, else to the step heading, so screen-reader and
        // keyboard users start at the top of the new content rather than at the old button.
        if (JumpTo is not null && Service.Catalog.Find(JumpTo) is not null)
        {
            await Js.InvokeVoidAsync("piriformisRehab.focusQuestion", JumpTo);
            JumpTo = null;
            return;
        }

        if (_emergency.Count == 0)
        {
            // By selector, not ElementReference: each circuit would otherwise build JSON metadata for it.
            await Js.InvokeVoidAsync("piriformisRehab.focusSelector", "#step-title");
        }
    }

    internal async Task OnAnswerAsync(string questionId, string? value)
    {
        _draft.Set(questionId, value);
        _errors.Remove(questionId);
        var wasEmergency = _emergency.Count > 0;
        Refresh();
        await Store.SaveAsync(_draft);
        if (!wasEmergency && _emergency.Count > 0)
        {
            _focusPending = true;
            await Js.InvokeVoidAsync("piriformisRehab.focusSelector", "#emergency-title");
        }
    }

    private void Refresh()
    {
        // Red flags are rechecked on every answer: an emergency answer stops the wizard at once.
        (_emergency, _urgent) = Service.RedFlags(_draft);
    }

    internal async Task NextAsync()
    {
        // An emergency answer left in place after "I answered by mistake" still stops the check.
        Refresh();
        if (_emergency.Count > 0 || !ValidateStep())
        {
            return;
        }

        _draft.Step++;
        await Store.SaveAsync(_draft);
        _focusPending = true;
    }

    internal async Task BackAsync()
    {
        _errors.Clear();
        _draft.Step = Math.Max(0, _draft.Step - 1);
        await Store.SaveAsync(_draft);
        _focusPending = true;
    }

    internal async Task FinishAsync()
    {
        Refresh();
        if (_emergency.Count > 0 || !ValidateAll())
        {
            return;
        }

        await Store.SaveAsync(_draft);
        // A full-page post hands the answers to the static results page and ends this circuit.
        await Js.InvokeVoidAsync("piriformisRehab.submitForm", "results-form", "results-answers", _draft.ToJson(), "results");
    }

    private async Task BackToSafety()
    {
        _draft.Step = 0;
        _emergency = [];
        _loaded = true;
        await Store.SaveAsync(_draft);
        _focusPending = true;
    }

    private async Task StartAgain()
    {
        _draft.Clear();
        _errors.Clear();
        Refresh();
        await Store.ClearAsync();
        _focusPending = true;
    }

    /// <summary>The safety screen must be answered question by question; other steps only need valid values.</summary>
    private bool ValidateStep()
    {
        _errors = ErrorsFor(Section.Id, Service.Validate(_draft).Errors);
        return _errors.Count == 0;
    }

    private bool ValidateAll()
    {
        // One parse for the whole draft, then each step's share of its problems.
        var all = Service.Validate(_draft).Errors;
        for (var step = 0; step < Sections.Count; step++)
        {
            var errors = ErrorsFor(Sections[step].Id, all);
            if (errors.Count > 0)
            {
                _draft.Step = step;
                _errors = errors;
                _focusPending = true;
                return false;
            }
        }

        return true;
    }

    private Dictionary<string, string> ErrorsFor(string sectionId, IReadOnlyDictionary<string, string[]> all)
    {
        var ids = Service.Catalog.InSection(sectionId).Where(q => Service.IsAsked(_draft, q)).Select(q => q.Id).ToHashSet(StringComparer.Ordinal);
        var errors = all
            .Where(e => ids.Contains(e.Key))
            .ToDictionary(e => e.Key, e => e.Value[0], StringComparer.Ordinal);
        if (sectionId == SafetySection)
        {
            // Red flags must be screened on purpose: silence is not taken as "no" here.
            foreach (var id in ids.Where(id => _draft.Get(id) is null))
            {
                errors[id] = "Please answer yes or no.";
            }
        }

        return errors;
    }

    private int IndexOf(string sectionId)
    {
        for (var i = 0; i < Sections.Count; i++)
        {
            if (Sections[i].Id == sectionId)
            {
                return i;
            }
        }

        return 0;
    }
}
