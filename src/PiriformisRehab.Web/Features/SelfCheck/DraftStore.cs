using Microsoft.JSInterop;

namespace PiriformisRehab.Web.Features.SelfCheck;

/// <summary>
/// Keeps the wizard draft in the browser's localStorage, so it survives a reload, a dropped
/// connection and a restarted server (a new circuit reads it back). The answers stay on the
/// runner's own device; the server holds them only while a circuit is live. See ADR-002.
/// </summary>
public sealed class DraftStore(IJSRuntime js)
{
    private const string Key = "piriformisRehab.draft.v1";

    public async Task<AnswerDraft> LoadAsync()
    {
        var json = await js.InvokeAsync<string?>("localStorage.getItem", Key);
        return AnswerDraft.FromJson(json);
    }

    public ValueTask SaveAsync(AnswerDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        return js.InvokeVoidAsync("localStorage.setItem", Key, draft.ToJson());
    }

    public ValueTask ClearAsync() => js.InvokeVoidAsync("localStorage.removeItem", Key);
}
