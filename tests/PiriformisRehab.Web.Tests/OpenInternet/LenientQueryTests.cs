using System.Net;
using PiriformisRehab.Web.Tests.Infrastructure;

namespace PiriformisRehab.Web.Tests.OpenInternet;

/// <summary>A query value of the wrong type is ignored: the page answers as if it were absent, never a 500.</summary>
public sealed class LenientQueryTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/check?restart=1")]
    [InlineData("/check?restart=yes")]
    [InlineData("/check?restart=%ED%A0%80")]
    [InlineData("/check?restart=true&restart=false")]
    [InlineData("/check?q=%00&from=results&from=x")]
    [InlineData("/account/login?ReturnUrl=%ED%A0%80")]
    [InlineData("/account/login?returnUrl=//evil.example&returnUrl=/x")]
    [InlineData("/?x=%ZZ")]
    public async Task AWrongTypedQueryValueOnAPublicPageIsNotAServerError(string path)
    {
        using var response = await factory.CreateClient().GetAsync(path, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("saved=x")]
    [InlineData("invalid=not-a-guid")]
    [InlineData("expiryError=maybe")]
    [InlineData("revoked=2")]
    [InlineData("saved=x&invalid=y&expiryError=z&revoked=w")]
    public async Task AWrongTypedQueryValueOnTheProgrammePageIsIgnored(string query)
    {
        using var physio = await PhysioSession.RegisterAsync(factory);
        var patientId = await physio.AddPatientAsync();
        var programmeId = await physio.CreateStandardProgrammeAsync(patientId);

        using var response = await physio.Client.GetAsync($"/clinic/patients/{patientId}/programmes/{programmeId}?{query}", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("role=\"status\">Saved.", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AWrongTypedQueryValueOnThePatientPageIsIgnored()
    {
        using var physio = await PhysioSession.RegisterAsync(factory);
        var patientId = await physio.AddPatientAsync();

        using var response = await physio.Client.GetAsync($"/clinic/patients/{patientId}?savedLinkError=%ED%A0%80&savedLinkError=2", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
