using System.IO.Pipelines;
using System.Text;
using PiriformisRehab.Web.Features.PatientPages;

namespace PiriformisRehab.Web.Tests.Features.PatientPages;

/// <summary>What a kept page holds, and what is put back for each request.</summary>
public sealed class RenderedPageTests
{
    private const string Token = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
    private const string FormToken = "CfDJ8-first-visitors-form-token";
    private const string Page =
        $"""<a href="/p/{Token}/diary">Diary</a><form><input type="hidden" name="__RequestVerificationToken" value="{FormToken}" /></form>"""
        + $"""<form><input name="__RequestVerificationToken" type="hidden" value="{FormToken}" /></form><a href="/p/{Token}">Back</a>""";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TheRequestersTokenAndFormTokenArePutBackWhereTheFirstOnesWere()
    {
        var page = RenderedPage.Cut(Page, Token, [])!;

        var html = await WriteAsync(page, "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb", "CfDJ8-second");

        Assert.Equal(Page.Replace(Token, "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb", StringComparison.Ordinal).Replace(FormToken, "CfDJ8-second", StringComparison.Ordinal), html);
    }

    [Fact]
    public async Task TheKeptPageHoldsNeitherTheFirstTokenNorTheFirstFormToken()
    {
        var page = RenderedPage.Cut(Page, Token, [])!;

        var kept = await WriteAsync(page, "", "");

        Assert.DoesNotContain(Token, kept, StringComparison.Ordinal);
        Assert.DoesNotContain(FormToken, kept, StringComparison.Ordinal);
        Assert.True(page.NeedsFormToken);
    }

    [Fact]
    public void TheLengthSentIsTheLengthWritten()
    {
        var page = RenderedPage.Cut(Page, Token, [])!;
        var token = Encoding.UTF8.GetBytes("b".PadRight(43, 'b'));

        Assert.Equal(Encoding.UTF8.GetByteCount(Page) - (2 * Token.Length) + (2 * 43) - (2 * FormToken.Length) + (2 * 5), page.LengthWith(token, "CfDJ8"u8.ToArray()));
    }

    [Fact]
    public void APageWithAnInteractiveComponentIsNeverKept() =>
        Assert.Null(RenderedPage.Cut($$"""<a href="/p/{{Token}}"></a><!--Blazor:{"type":"server","prerenderId":"1"}-->""", Token, []));

    [Fact]
    public void AFormTokenThatCannotBeFoundMakesThePageUnkept() =>
        Assert.Null(RenderedPage.Cut("""<input name="__RequestVerificationToken" type="hidden">""", Token, []));

    [Fact]
    public async Task PersistedComponentStateIsLeftOut()
    {
        var page = RenderedPage.Cut($"<p>{Token}</p><!--Blazor-Server-Component-State:CfDJ8protected-->", Token, [])!;

        Assert.Equal($"<p>{Token}</p>", await WriteAsync(page, Token, null));
    }

    [Fact]
    public async Task APageLongerThanTheLimitIsSentInFullButNotCopied()
    {
        using var sent = new MemoryStream();
        using var copying = new CopyingStream(sent, 10);

        await copying.WriteAsync("0123456789abc"u8.ToArray(), Ct);

        Assert.True(copying.Overflowed);
        Assert.Equal(13, sent.Length);
        Assert.Equal(0, copying.Copy.Count);
    }

    private static async Task<string> WriteAsync(RenderedPage page, string token, string? formToken)
    {
        using var body = new MemoryStream();
        var writer = PipeWriter.Create(body, new StreamPipeWriterOptions(leaveOpen: true));
        await page.WriteAsync(writer, Encoding.UTF8.GetBytes(token), formToken is null ? null : Encoding.UTF8.GetBytes(formToken), Ct);
        await writer.CompleteAsync();
        return Encoding.UTF8.GetString(body.ToArray());
    }
}
