namespace PiriformisRehab.Web.Components.SelfCheck;

/// <summary>Draft values a question field renders specially.</summary>
internal static class DraftValues
{
    public const string DontKnow = PiriformisRehab.Web.Features.SelfCheck.AnswerDraft.DontKnowValue;
}
