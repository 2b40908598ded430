using PiriformisRehab.Web.Extensions;
using PiriformisRehab.Web.Features.Clinic;
using Serilog;

// Two-stage start-up: a console logger catches failures before configuration is read.
Log.Logger = new LoggerConfiguration().WriteTo.Console().CreateBootstrapLogger();

try
{
    var builder = WebApplication.CreateBuilder(AppHost.Options(args));
    builder.AddAppLogging();
    builder.AddSecurity();
    builder.AddHealth();
    builder.AddRateLimits();
    builder.AddAppDatabase();
    builder.AddPhysioAccounts();
    builder.AddRulesEngine();
    builder.AddAssessmentApi();
    builder.AddSelfCheck();
    builder.AddSavedResults();
    builder.AddClinic();
    builder.AddDiary();
    builder.AddUi();

    var app = builder.Build();
    await app.MigrateDatabaseAsync();
    app.UseSecurity();
    app.UseHealth();
    app.UseHeadRequests();
    app.UseAppPipeline();
    app.MapAssessmentApi();
    app.MapPhysioAccounts();
    app.MapClinic();
    app.MapDiary();
    app.MapUi();
    await app.RunAsync();
}
catch (Exception ex) when (ex is not HostAbortedException)
{
    Log.Fatal(ex, "PiriformisRehab stopped unexpectedly");
    throw;
}
finally
{
    Log.CloseAndFlush();
}

/// <summary>Visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
