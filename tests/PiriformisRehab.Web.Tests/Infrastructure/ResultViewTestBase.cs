using Bunit;
using Microsoft.Extensions.DependencyInjection;
using PiriformisRehab.Domain;
using PiriformisRehab.Domain.Questions;
using PiriformisRehab.Domain.Rules;
using PiriformisRehab.Web.Components.SelfCheck;
using PiriformisRehab.Web.Features.SelfCheck;

namespace PiriformisRehab.Web.Tests.Infrastructure;

/// <summary>Results rendered from a real engine result for a named set of answers.</summary>
public abstract class ResultViewTestBase : ComponentTestBase
{
    public enum Scenario
    {
        /// <summary>Four core features, mild and calm, no warning signs.</summary>
        SelfCare,
        /// <summary>No core features and pain of 5: a low fit with pain warrants a review.</summary>
        Routine,
        /// <summary>An urgent warning sign (constant night pain) with a high fit.</summary>
        Urgent,
        /// <summary>An emergency warning sign (saddle numbness).</summary>
        Emergency,
        /// <summary>A likely hamstring tendon pattern and a possible lumbar one.</summary>
        Differentials,
        /// <summary>Worst pain 8/10: severe.</summary>
        Severe,
    }

    protected static (string Id, string Value)[] Answers(Scenario scenario)
    {
        (string, string)[] core =
        [
            (QuestionIds.ButtockPain, "true"), (QuestionIds.SciaticNotchTenderness, "true"),
            (QuestionIds.WorseSitting, "true"), (QuestionIds.WorseOnPiriformisStretch, "true"),
        ];
        (string, string)[] calm =
        [
            (QuestionIds.PainNow, "2"), (QuestionIds.PainWorst, "3"), (QuestionIds.SettleTime, "minutes"),
            (QuestionIds.DurationWeeks, "3"), (QuestionIds.Age, "34"), (QuestionIds.RunningStatus, "runningWithPain"),
        ];
        return scenario switch
        {
            Scenario.SelfCare => [.. SafetyAllNo(), .. core, .. calm, (QuestionIds.PainBelowKnee, "false")],
            Scenario.Routine => [.. SafetyAllNo(), (QuestionIds.ButtockPain, "false"), (QuestionIds.PainNow, "5")],
            Scenario.Urgent => [.. With(SafetyAllNo(), QuestionIds.NightPainUnrelenting), .. core, .. calm],
            Scenario.Emergency => [.. With(SafetyAllNo(), QuestionIds.SaddleNumbness), (QuestionIds.ButtockPain, "true"), (QuestionIds.WorseSitting, "true")],
            Scenario.Differentials =>
            [
                .. SafetyAllNo(), (QuestionIds.ButtockPain, "true"), (QuestionIds.WorseSitting, "true"),
                (QuestionIds.SittingBonePain, "true"), (QuestionIds.BackPainDominant, "true"), .. calm,
            ],
            Scenario.Severe => [.. SafetyAllNo(), .. core, (QuestionIds.PainNow, "5"), (QuestionIds.PainWorst, "8"), (QuestionIds.SettleTime, "hours")],
            _ => throw new ArgumentOutOfRangeException(nameof(scenario)),
        };
    }

    protected static (string Id, string Value)[] With((string Id, string Value)[] answers, string yes) =>
        [.. answers.Select(a => a.Id == yes ? (a.Id, "true") : a)];

    protected (AssessmentResult Result, AnswerDraft Draft) Evaluate(Scenario scenario)
    {
        var draft = Draft(Answers(scenario));
        var parsed = Services.GetRequiredService<AnswerParser>().Parse(draft.ToInputs(Catalog));
        Assert.NotNull(parsed.Answers);
        return (Services.GetRequiredService<AssessmentEngine>().Evaluate(parsed.Answers), draft);
    }

    protected IRenderedComponent<ResultView> RenderResult(Scenario scenario)
    {
        var (result, draft) = Evaluate(scenario);
        return RenderResult(result, draft);
    }

    protected IRenderedComponent<ResultView> RenderResult(AssessmentResult result, AnswerDraft draft) =>
        Render<ResultView>(p => p.Add(x => x.Result, result).Add(x => x.Draft, draft));

    protected static string Normalise(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
