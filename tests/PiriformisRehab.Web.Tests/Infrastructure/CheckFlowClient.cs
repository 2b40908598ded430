using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using PiriformisRehab.Domain.Questions;

namespace PiriformisRehab.Web.Tests.Infrastructure;

/// <summary>
/// Goes through the self-check's pages as a browser without JavaScript would: GET a page, post its
/// form with the antiforgery token, keep the draft cookie, and see where the redirect leads.
/// </summary>
internal sealed class CheckFlowClient(HttpClient client) : IDisposable
{
    public HttpClient Http => client;

    public static CheckFlowClient Create(AppFactory factory) =>
        new(factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));

    public static QuestionCatalog Catalog => QuestionCatalog.Default;

    /// <summary>Posts one page's form; answers not listed are left blank. The response is not followed.</summary>
    public async Task<HttpResponseMessage> PostPageAsync(string pageId, IEnumerable<(string Name, string Value)> fields, string? query = null)
    {
        var path = $"/check/{pageId}{query}";
        var html = await client.GetHtmlAsync(path);
        return await client.PostFormAsync(path, "check-step", SavedResultsForms.AntiforgeryToken(html), [.. fields]);
    }

    /// <summary>Posts a page and asserts it moved on; returns where it went.</summary>
    public async Task<string> PassPageAsync(string pageId, IEnumerable<(string Name, string Value)> fields, string? query = null)
    {
        using var response = await PostPageAsync(pageId, fields, query);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"/check/{pageId} did not move on: {(int)response.StatusCode}");
        return response.Headers.Location!.ToString();
    }

    /// <summary>Answers every asked question of a page: the given values, else "false" for yes/no and a plain default otherwise.</summary>
    public static IEnumerable<(string Name, string Value)> Answers(string pageId, IReadOnlyDictionary<string, string>? given = null)
    {
        var page = Catalog.Pages.Single(p => p.Id == pageId);
        foreach (var id in page.QuestionIds)
        {
            var question = Catalog.Find(id)!;
            if (given?.TryGetValue(id, out var value) == true)
            {
                yield return (id, value);
            }
            else if (question.Parent is null || given?.GetValueOrDefault(question.Parent) == "true")
            {
                yield return (id, DefaultFor(question));
            }
        }
    }

    /// <summary>Passes every page before <paramref name="stopBefore"/> with plain answers.</summary>
    public async Task AnswerUpToAsync(string stopBefore, IReadOnlyDictionary<string, string>? given = null)
    {
        foreach (var page in Catalog.Pages.TakeWhile(p => p.Id != stopBefore))
        {
            await PassPageAsync(page.Id, Answers(page.Id, given));
        }
    }

    public Task AnswerAllAsync(IReadOnlyDictionary<string, string>? given = null) => AnswerUpToAsync("(none)", given);

    private static string DefaultFor(Question question) => question.Id switch
    {
        QuestionIds.Age => "34",
        QuestionIds.SettleTime => "hours",
        QuestionIds.RunningStatus => "runningWithPain",
        _ when question.Type == QuestionType.Int => "3",
        _ => "false",
    };

    public void Dispose() => client.Dispose();
}
