using Microsoft.Extensions.Options;
using PiriformisRehab.Web.Tests.Infrastructure;

namespace PiriformisRehab.Web.Tests.Options;

/// <summary>A bad setting stops start-up with a message that names it (ValidateOnStart), rather than failing on first use.</summary>
public sealed class OptionsValidationTests
{
    public static TheoryData<string, string> BadSettings => new()
    {
        { "PatientLinks:MaxExpiryDays", "0" },
        { "PatientLinks:DefaultExpiryDays", "400" },
        { "Api:MaxBodyBytes", "10" },
        { "Accounts:PasswordMinLength", "4" },
        { "Accounts:MaxFailedSignIns", "0" },
        { "Accounts:LockoutMinutes", "0" },
        { "EmergencyContact:EmergencyNumber", "99a" },
        { "EmergencyContact:UrgentNumber", "" },
        { "Email:From", "not an address" },
        { "Email:MaxAttempts", "0" },
    };

    [Theory]
    [MemberData(nameof(BadSettings))]
    public async Task ABadSettingStopsStartUpNamingTheSetting(string setting, string value)
    {
        await using var factory = new AppFactory();
        using var broken = factory.WithWebHostBuilder(builder => builder.UseSetting(setting, value));

        var error = Assert.Throws<OptionsValidationException>(() => broken.CreateClient());

        Assert.Contains(setting, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheShippedSettingsStartTheApp()
    {
        await using var factory = new AppFactory();

        using var client = factory.CreateClient();
        using var response = await client.GetAsync("/", TestContext.Current.CancellationToken);

        Assert.True(response.IsSuccessStatusCode);
    }
}
