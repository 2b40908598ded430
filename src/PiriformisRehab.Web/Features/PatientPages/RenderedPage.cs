using System.Buffers;
using System.IO.Pipelines;
using System.Text;

namespace PiriformisRehab.Web.Features.PatientPages;

/// <summary>
/// A patient page as rendered once, with the two things that differ per request cut out: the link's
/// token (in every address on the page) and the antiforgery form token. What is kept holds neither,
/// so a kept page can only ever be completed with the requester's own token and a form token made
/// for the requester's own antiforgery cookie.
/// </summary>
public sealed class RenderedPage
{
    private const string FormTokenField = "name=\"__RequestVerificationToken\"";

    private readonly byte[][] _parts;
    private readonly Slot[] _slots;
    private readonly int _keptLength;
    private readonly int _tokenSlots;

    private RenderedPage(byte[][] parts, Slot[] slots, IReadOnlyList<KeyValuePair<string, string>> headers)
    {
        (_parts, _slots, Headers) = (parts, slots, headers);
        // Worked out once: a kept page is served many times and these never change.
        _keptLength = parts.Sum(p => p.Length);
        _tokenSlots = slots.Count(s => s == Slot.Token);
        NeedsFormToken = _tokenSlots < slots.Length;
        Size = _keptLength + 256L;
    }

    /// <summary>What goes between two kept parts.</summary>
    public enum Slot : byte
    {
        Token,
        FormToken,
    }

    /// <summary>The response headers the page was first sent with (but no cookie, date or length).</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Headers { get; }

    /// <summary>Whether the page holds a form, whose token must be made for each request.</summary>
    public bool NeedsFormToken { get; }

    /// <summary>Bytes it takes in the cache.</summary>
    public long Size { get; }

    /// <summary>
    /// Cuts the token and the page's form token out of a rendered page, or null when the page must
    /// not be kept: one with a Blazor interactive component (its markers are bound to one circuit's
    /// request). Persisted component state is dropped: a static page has nothing to hand over.
    /// </summary>
    public static RenderedPage? Cut(string html, string token, IReadOnlyList<KeyValuePair<string, string>> headers)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentException.ThrowIfNullOrEmpty(token);
        if (html.Contains("<!--Blazor:{", StringComparison.Ordinal))
        {
            return null;
        }

        html = WithoutPersistedState(html);
        var formToken = FormTokenOf(html);
        if (formToken is null && html.Contains(FormTokenField, StringComparison.Ordinal))
        {
            // A form token that cannot be cut out would go to every patient: their posts would fail.
            return null;
        }
        var parts = new List<byte[]>();
        var slots = new List<Slot>();
        var start = 0;
        while (true)
        {
            var (at, slot, length) = Next(html, start, token, formToken);
            if (at < 0)
            {
                parts.Add(Encoding.UTF8.GetBytes(html[start..]));
                break;
            }

            parts.Add(Encoding.UTF8.GetBytes(html[start..at]));
            slots.Add(slot);
            start = at + length;
        }

        return new RenderedPage([.. parts], [.. slots], headers);
    }

    /// <summary>The page's bytes with this request's token and form token put back.</summary>
    public int LengthWith(byte[] token, byte[]? formToken) =>
        _keptLength + (_tokenSlots * token.Length) + ((_slots.Length - _tokenSlots) * (formToken?.Length ?? 0));

    /// <summary>
    /// The whole page into the response's pipe, flushed once: a stream write flushes every time,
    /// and a diary is some twenty pieces, each its own send on the socket.
    /// </summary>
    public async Task WriteAsync(PipeWriter body, byte[] token, byte[]? formToken, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(body);
        for (var i = 0; i < _parts.Length; i++)
        {
            body.Write(_parts[i]);
            if (i < _slots.Length)
            {
                body.Write(_slots[i] == Slot.Token ? token : formToken ?? []);
            }
        }

        await body.FlushAsync(ct);
    }

    private static (int At, Slot Slot, int Length) Next(string html, int start, string token, string? formToken)
    {
        var tokenAt = html.IndexOf(token, start, StringComparison.Ordinal);
        var formAt = formToken is null ? -1 : html.IndexOf(formToken, start, StringComparison.Ordinal);
        return (tokenAt, formAt) switch
        {
            (< 0, < 0) => (-1, Slot.Token, 0),
            (>= 0, < 0) => (tokenAt, Slot.Token, token.Length),
            (< 0, >= 0) => (formAt, Slot.FormToken, formToken!.Length),
            _ => tokenAt <= formAt ? (tokenAt, Slot.Token, token.Length) : (formAt, Slot.FormToken, formToken!.Length),
        };
    }

    /// <summary>The value of the page's first antiforgery field; every form on a page gets the same one.</summary>
    private static string? FormTokenOf(string html)
    {
        var field = html.IndexOf(FormTokenField, StringComparison.Ordinal);
        if (field < 0)
        {
            return null;
        }

        var tagStart = html.LastIndexOf('<', field);
        var tagEnd = html.IndexOf('>', field);
        var value = html.IndexOf("value=\"", tagStart, StringComparison.Ordinal);
        if (tagStart < 0 || tagEnd < 0 || value < 0 || value > tagEnd)
        {
            return null;
        }

        value += "value=\"".Length;
        var end = html.IndexOf('"', value);
        return end > value ? html[value..end] : null;
    }

    private static string WithoutPersistedState(string html)
    {
        // Protected for one request (it would carry that request's antiforgery token to everyone).
        const string Marker = "<!--Blazor-Server-Component-State:";
        int at;
        while ((at = html.IndexOf(Marker, StringComparison.Ordinal)) >= 0)
        {
            var end = html.IndexOf("-->", at, StringComparison.Ordinal);
            html = end < 0 ? html[..at] : html[..at] + html[(end + 3)..];
        }

        return html;
    }
}
