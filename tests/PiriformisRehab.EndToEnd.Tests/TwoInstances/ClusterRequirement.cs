namespace PiriformisRehab.EndToEnd.Tests.TwoInstances;

/// <summary>
/// The two-instance run needs the published app and a PostgreSQL server, which `.ci/run` provides
/// (PIRIFORMIS_PUBLISHED_APP, PIRIFORMIS_TEST_POSTGRES). Without them the test skips with the
/// reason; with CI=true it fails instead, so CI can never pass by skipping it.
/// </summary>
internal static class ClusterRequirement
{
    public const string PublishedAppVariable = "PIRIFORMIS_PUBLISHED_APP";
    public const string PostgresVariable = "PIRIFORMIS_TEST_POSTGRES";

    public static (string PublishedApp, string Postgres) Ensure()
    {
        var app = Environment.GetEnvironmentVariable(PublishedAppVariable);
        var postgres = Environment.GetEnvironmentVariable(PostgresVariable);
        string? reason = null;
        if (string.IsNullOrEmpty(app) || !File.Exists(app))
        {
            reason = $"{PublishedAppVariable} does not name a published PiriformisRehab.Web.dll ('{app}'): run `bash .ci/run`, which publishes the app, or set it after `dotnet publish src/PiriformisRehab.Web -o <dir>`.";
        }
        else if (string.IsNullOrEmpty(postgres))
        {
            reason = $"{PostgresVariable} is not set: the two instances share a PostgreSQL database (`bash .ci/run` starts one on 127.0.0.1:55432).";
        }

        if (reason is null)
        {
            return (app!, postgres!);
        }

        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail(reason + " (CI=true: the two-instance run must happen in CI.)");
        }

        Assert.Skip(reason);
        return default;
    }
}
