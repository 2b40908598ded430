using System.Net.Http.Headers;
using System.Text;

namespace PiriformisRehab.Web.Tests.Infrastructure;

internal static class EvaluateClient
{
    public const string Path = "/api/v1/assessments/evaluate";

    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string body, string contentType = "application/json") =>
        client.PostAsync(Path, new StringContent(body, Encoding.UTF8, MediaTypeHeaderValue.Parse(contentType)), TestContext.Current.CancellationToken);
}
