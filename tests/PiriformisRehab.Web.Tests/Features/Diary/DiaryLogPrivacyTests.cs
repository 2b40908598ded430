using PiriformisRehab.Web.Tests.Infrastructure;

namespace PiriformisRehab.Web.Tests.Features.Diary;

/// <summary>Neither the link's token nor anything a patient logs reaches the logs.</summary>
[Collection(nameof(LogCaptureRunsAlone))]
public sealed class DiaryLogPrivacyTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private const string Note = "zebra-note-7f3 knee felt odd";

    [Fact]
    public async Task CheckingInDownloadingAndDeletingLogsNoTokenAnswerOrNote()
    {
        var (token, _) = await DiaryForms.ProgrammeLinkAsync(factory);
        var sink = new CapturingSink();
        using var app = factory.WithLogCapture(sink);
        using var client = PhysioSession.NewClient(app);
        var diary = $"/p/{token}/diary";

        await client.CheckInAsync(diary, DiaryForms.GoodSession().With($"note={Note}&redFlags=nightPainUnrelenting&sittingMinutes=37"));
        using (var invalid = await client.PostCheckInAsync(diary, DiaryForms.GoodSession().With($"painNow=11&note={Note}")))
        {
        }

        using (await client.GetAsync($"{diary}.csv", TestContext.Current.CancellationToken))
        {
        }

        using (await client.PostDeleteAsync(diary, confirm: true))
        {
        }

        var logged = sink.Everything();
        Assert.NotEmpty(sink.Events);
        Assert.DoesNotContain(token, logged, StringComparison.Ordinal);
        Assert.DoesNotContain("zebra-note", logged, StringComparison.Ordinal);
        Assert.DoesNotContain("nightPainUnrelenting", logged, StringComparison.Ordinal);
        Assert.DoesNotContain("sittingMinutes", logged, StringComparison.Ordinal);
    }
}
