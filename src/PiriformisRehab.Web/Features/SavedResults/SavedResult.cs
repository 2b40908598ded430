using PiriformisRehab.Domain;
using PiriformisRehab.Domain.Rules;
using PiriformisRehab.Web.Features.SelfCheck;

namespace PiriformisRehab.Web.Features.SavedResults;

/// <summary>A saved self-check as it was when saved: the stored result is shown, never re-evaluated.</summary>
/// <param name="Draft">The answers the runner gave.</param>
/// <param name="Result">The stored result, or null when this version of the app can no longer read it.</param>
/// <param name="RulesVersion">The rules version the result was made with.</param>
/// <param name="SavedAt">When it was saved (UTC).</param>
public sealed record SavedResult(AnswerDraft Draft, AssessmentResult? Result, string RulesVersion, DateTimeOffset SavedAt)
{
    /// <summary>The rules have changed since: the same answers might give a different result today.</summary>
    public bool RulesChanged => !string.Equals(RulesVersion, AssessmentEngine.RulesVersion, StringComparison.Ordinal);
}

/// <summary>A saved self-check with the id of its row, for a programme started from it.</summary>
public sealed record SavedSource(Guid Id, SavedResult Saved);
