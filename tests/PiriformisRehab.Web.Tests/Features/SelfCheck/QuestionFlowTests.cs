using System.Net;
using PiriformisRehab.Domain.Questions;
using PiriformisRehab.Web.Tests.Infrastructure;
using Q = PiriformisRehab.Domain.Questions.QuestionIds;

namespace PiriformisRehab.Web.Tests.Features.SelfCheck;

/// <summary>
/// The self-check as plain form posts (ADR-008): every shown question must be answered (spec 5.2),
/// a blank is never read as "no", and red flags stop the check first.
/// </summary>
public sealed class QuestionFlowTests : IAsyncLifetime
{
    private readonly AppFactory _factory = new();
    private CheckFlowClient _client = default!;

    public ValueTask InitializeAsync()
    {
        _client = CheckFlowClient.Create(_factory);
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _factory.DisposeAsync();
    }

    private static Dictionary<string, string> Yes(params string[] ids) => ids.ToDictionary(id => id, _ => "true");

    [Fact]
    public async Task BlankSupportingPageIsRefusedWithAnErrorForEachQuestion()
    {
        // The reported bug: the core signs all yes and the next page skipped gave "High fit 80".
        await _client.AnswerUpToAsync("where-it-spreads", Yes(Q.ButtockPain, Q.SciaticNotchTenderness, Q.WorseSitting, Q.WorseOnPiriformisStretch));

        using var response = await _client.PostPageAsync("where-it-spreads", []);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("There is a problem", html, StringComparison.Ordinal);
        Assert.Equal(4, html.Split("data-error-link=").Length - 1);
        Assert.Equal(4, html.Split("Select yes, no or not sure</p>").Length - 1);
    }

    [Fact]
    public async Task ResultsOfAnIncompleteDraftSendTheRunnerBackToTheFirstGap()
    {
        await _client.AnswerUpToAsync("where-it-spreads", Yes(Q.ButtockPain, Q.SciaticNotchTenderness, Q.WorseSitting, Q.WorseOnPiriformisStretch));

        using var response = await _client.Http.GetAsync("/check/results", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.EndsWith("/check/where-it-spreads", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ErrorSummaryLinksEachProblemToItsField()
    {
        using var response = await _client.PostPageAsync("nerves", [(Q.SaddleNumbness, "false")]);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Contains("href=\"check/nerves#in-bladderBowelChange-true\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"in-bladderBowelChange-true\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("#in-saddleNumbness-true", html, StringComparison.Ordinal);
        // One announcement: the summary is the only alert on the page.
        Assert.Equal(1, html.Split("role=\"alert\"").Length - 1);
    }

    [Fact]
    public async Task NotSureIsAcceptedOutsideTheSafetyScreen()
    {
        await _client.AnswerUpToAsync("where-it-spreads");

        var next = await _client.PassPageAsync("where-it-spreads", CheckFlowClient.Answers("where-it-spreads", new Dictionary<string, string> { [Q.PainBelowKnee] = Answers.NotSureValue }));

        Assert.EndsWith("/check/back", next, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NotSureIsRefusedOnTheSafetyScreen()
    {
        await _client.AnswerUpToAsync("general-health");

        using var retry = await _client.PostPageAsync("general-health", CheckFlowClient.Answers("general-health", new Dictionary<string, string> { [Q.CancerHistory] = Answers.NotSureValue }));
        var html = await retry.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        Assert.Contains("data-error-link=\"cancerHistory\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FollowUpIsRequiredWhenItsParentIsYes()
    {
        using var response = await _client.PostPageAsync("nerves", CheckFlowClient.Answers("nerves", Yes(Q.BothLegsSymptoms)).Where(f => f.Name != Q.BothLegsLongStanding));
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        // Both legs alone would be an emergency, but the follow-up can soften it: it is asked first.
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("data-error-link=\"bothLegsLongStanding\"", html, StringComparison.Ordinal);
        Assert.Contains("question__followup question__followup--open", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FollowUpIsNotAskedWhenItsParentIsNo()
    {
        var next = await _client.PassPageAsync("nerves", CheckFlowClient.Answers("nerves"));

        Assert.EndsWith("/check/general-health", next, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FollowUpPostedWithItsParentNoIsDropped()
    {
        await _client.PassPageAsync("nerves", [.. CheckFlowClient.Answers("nerves"), (Q.BothLegsLongStanding, "true")]);
        await _client.AnswerAllAsync();

        var html = await _client.Http.GetHtmlAsync("/check/answers");

        Assert.DoesNotContain("data-answer=\"bothLegsLongStanding\"", html, StringComparison.Ordinal);
    }

    public static TheoryData<string, string> EmergencyAnswers => new()
    {
        { "nerves", Q.SaddleNumbness },
        { "nerves", Q.BladderBowelChange },
        { "nerves", Q.ProgressiveWeakness },
        { "standing-and-walking", Q.CannotBearWeight },
    };

    [Theory]
    [MemberData(nameof(EmergencyAnswers))]
    public async Task EmergencyAnswerStopsTheCheckWhateverElseIsBlank(string pageId, string questionId)
    {
        await _client.AnswerUpToAsync(pageId);

        using var response = await _client.PostPageAsync(pageId, [(questionId, "true")]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.EndsWith("/check/stop", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FeverWithWeakImmunityStopsTheCheckOnTheGeneralHealthPage()
    {
        await _client.AnswerUpToAsync("general-health");

        using var response = await _client.PostPageAsync("general-health", CheckFlowClient.Answers("general-health", Yes(Q.FeverOrUnwell, Q.ImmunosuppressedOrIvDrugUse)));

        Assert.EndsWith("/check/stop", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EmergencyPageOffersTheConfiguredNumberAndNothingElse()
    {
        await _client.PassPageAsync("nerves", CheckFlowClient.Answers("nerves", Yes(Q.SaddleNumbness)));

        var html = await _client.Http.GetHtmlAsync("/check/stop");

        Assert.Contains("href=\"tel:999\"", html, StringComparison.Ordinal);
        Assert.Contains("I answered by mistake", html, StringComparison.Ordinal);
        Assert.Contains(PiriformisRehab.Domain.AssessmentEngine.NotADiagnosis, html, StringComparison.Ordinal);
        Assert.DoesNotContain("6 weeks", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-likelihood", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Start again", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PageAheadOfAGapSendsTheRunnerToTheGap()
    {
        using var response = await _client.Http.GetAsync("/check/main-signs", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.EndsWith("/check/nerves", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task LastPageLeadsToCheckYourAnswers()
    {
        await _client.AnswerUpToAsync("about-you");

        var next = await _client.PassPageAsync("about-you", CheckFlowClient.Answers("about-you"));

        Assert.EndsWith("/check/answers", next, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckYourAnswersMarksUnsureAndDontKnowAnswers()
    {
        await _client.AnswerAllAsync(new Dictionary<string, string> { [Q.PainBelowKnee] = Answers.NotSureValue });
        await _client.PassPageAsync("your-pain", [.. CheckFlowClient.Answers("your-pain").Where(f => f.Name != Q.DurationWeeks), ($"{Q.DurationWeeks}.dontKnow", "true")], "?from=answers");

        var html = await _client.Http.GetHtmlAsync("/check/answers");

        Assert.Contains("data-answer=\"painBelowKnee\" data-answer-state=\"notSure\"", html, StringComparison.Ordinal);
        Assert.Contains("data-answer=\"durationWeeks\" data-answer-state=\"dontKnow\"", html, StringComparison.Ordinal);
        Assert.Contains("data-open-count=\"2\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DontKnowIsRefusedForPainNow()
    {
        await _client.AnswerUpToAsync("your-pain");

        using var response = await _client.PostPageAsync("your-pain", [.. CheckFlowClient.Answers("your-pain").Where(f => f.Name != Q.PainNow), ($"{Q.PainNow}.dontKnow", "true")]);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("data-error-link=\"painNow\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChangeFromCheckYourAnswersReturnsThere()
    {
        await _client.AnswerAllAsync();

        var next = await _client.PassPageAsync("main-signs", CheckFlowClient.Answers("main-signs", Yes(Q.ButtockPain)), "?from=answers");

        Assert.EndsWith("/check/answers", next, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CompleteAnswersLeadToTheResultOnItsOwnAddress()
    {
        await _client.AnswerAllAsync(Yes(Q.ButtockPain, Q.WorseSitting));
        var answers = await _client.Http.GetHtmlAsync("/check/answers");
        using var post = await _client.Http.PostFormAsync("/check/answers", "check-answers", SavedResultsForms.AntiforgeryToken(answers));

        Assert.EndsWith("/check/results", post.Headers.Location!.ToString(), StringComparison.Ordinal);
        var result = await _client.Http.GetHtmlAsync("/check/results");
        Assert.Contains("data-triage=\"", result, StringComparison.Ordinal);
        Assert.Contains("What to do next", result, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAgainAsksBeforeDeletingTheAnswers()
    {
        await _client.AnswerUpToAsync("main-signs");

        var confirm = await _client.Http.GetHtmlAsync("/check/start-again");
        Assert.Contains("Are you sure you want to start again?", confirm, StringComparison.Ordinal);
        using var kept = await _client.Http.GetAsync("/check", TestContext.Current.CancellationToken);
        Assert.EndsWith("/check/main-signs", kept.Headers.Location!.ToString(), StringComparison.Ordinal);

        using var deleted = await _client.Http.PostFormAsync("/check/start-again", "start-again", SavedResultsForms.AntiforgeryToken(confirm));
        Assert.EndsWith("/check/nerves", deleted.Headers.Location!.ToString(), StringComparison.Ordinal);
        using var after = await _client.Http.GetAsync("/check/main-signs", TestContext.Current.CancellationToken);
        Assert.EndsWith("/check/nerves", after.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ForgedDraftCookieIsIgnored()
    {
        _client.Http.DefaultRequestHeaders.Add("Cookie", "selfcheck-draft=not-a-real-draft");

        using var response = await _client.Http.GetAsync("/check/main-signs", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.EndsWith("/check/nerves", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DraftCookieIsHttpOnlyAndScopedToTheCheck()
    {
        using var response = await _client.PostPageAsync("nerves", CheckFlowClient.Answers("nerves"));

        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("selfcheck-draft=", StringComparison.Ordinal));
        Assert.Contains("path=/check", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("saddleNumbness", cookie, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChangeLinkFromTheResultsOpensThePageOfThatQuestion()
    {
        await _client.AnswerAllAsync();

        using var response = await _client.Http.GetAsync("/check?q=worseSitting&from=results", TestContext.Current.CancellationToken);

        Assert.EndsWith("/check/main-signs?from=answers#in-worseSitting-true", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownPageIsNotFound()
    {
        using var response = await _client.Http.GetAsync("/check/no-such-page", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
