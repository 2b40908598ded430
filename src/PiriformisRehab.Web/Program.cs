using PiriformisRehab.Web;
using PiriformisRehab.Web.Extensions;
using PiriformisRehab.Web.Features.Accounts;
using PiriformisRehab.Web.Features.Clinic;
using PiriformisRehab.Web.Features.Diary;
using PiriformisRehab.Web.Options;
using Serilog;

// Two-stage start-up: a console logger catches failures before configuration is read.
Log.Logger = new LoggerConfiguration()
    .Enrich.WithProperty(LoggingExtensions.InstanceProperty, InstanceOptions.FromEnvironment())
    .WriteTo.Console(outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {Instance} {Message:lj}{NewLine}{Exception}")
    .CreateBootstrapLogger();

try
{
    var builder = WebApplication.CreateBuilder(AppHost.Options(args));
    builder.AddAppLogging();
    builder.AddAppOptions();
    builder.AddSecurity();
    builder.AddAppTelemetry();
    builder.AddAppHealth();
    builder.AddRateLimits();
    builder.AddAppDatabase();
    builder.AddPhysioAccounts();
    builder.AddEmail();
    builder.AddRulesEngine();
    builder.AddAssessmentApi();
    builder.AddSelfCheck();
    builder.AddSavedResults();
    builder.AddClinic();
    builder.AddDiary();
    builder.AddPatientPages();
    builder.AddUi();

    var app = builder.Build();
    if (DataExtensions.IsMigrateCommand(args))
    {
        // `dotnet PiriformisRehab.Web.dll migrate`: the deploy step that migrates once, then exits.
        await app.MigrateDatabaseAsync();
        return;
    }

    await app.MigrateAtStartupAsync();
    app.UseSecurity();
    app.UseHeadRequests();
    app.UseCircuitGate();
    app.UseAppPipeline();
    app.UsePatientPages();
    app.MapAppHealth();
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
