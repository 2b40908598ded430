using System.Net;
using System.Text;
using PiriformisRehab.Web.Tests.Infrastructure;

namespace PiriformisRehab.Web.Tests.Api;

/// <summary>Content type, size and method problems: 415, 413 and 405, always as problem+json.</summary>
public sealed class EvaluateTransportTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/xml")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("multipart/form-data; boundary=x")]
    [InlineData("application/json; charset=iso-8859-1")]
    public async Task NonJsonContentTypeIsUnsupportedMediaType(string contentType)
    {
        using var client = factory.CreateClient();

        using var response = await client.PostJsonAsync("{\"answers\": {}}", contentType);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task MissingContentTypeIsUnsupportedMediaType()
    {
        using var client = factory.CreateClient();
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes("{\"answers\": {}}"));

        using var response = await client.PostAsync(EvaluateClient.Path, content, TestContext.Current.CancellationToken);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task JsonWithUtf8CharsetIsAccepted()
    {
        using var client = factory.CreateClient();

        using var response = await client.PostJsonAsync("{\"answers\": {}}", "application/json; charset=utf-8");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task BodyOverSixtyFourKibibytesIsTooLarge()
    {
        using var client = factory.CreateClient();
        var padding = new string(' ', 64 * 1024);

        using var response = await client.PostJsonAsync("{\"answers\": {}" + padding + "}");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task ChunkedBodyOverTheLimitIsTooLarge()
    {
        using var client = factory.CreateClient();
        using var content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes("{\"answers\": {}" + new string(' ', 70 * 1024) + "}")));
        content.Headers.ContentType = new("application/json");
        content.Headers.ContentLength = null;
        using var request = new HttpRequestMessage(HttpMethod.Post, EvaluateClient.Path) { Content = content };
        request.Headers.TransferEncodingChunked = true;

        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task GetOnTheEvaluateRouteIsMethodNotAllowed()
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(EvaluateClient.Path, TestContext.Current.CancellationToken);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.MethodNotAllowed);
    }

    [Fact]
    public async Task UnknownApiRouteIsNotFoundProblem()
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/api/v1/nothing-here", TestContext.Current.CancellationToken);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound);
    }
}
