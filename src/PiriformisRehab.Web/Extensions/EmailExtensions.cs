using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using PiriformisRehab.Web.Data.Entities;
using PiriformisRehab.Web.Features.Email;
using PiriformisRehab.Web.Options;

namespace PiriformisRehab.Web.Extensions;

internal static class EmailExtensions
{
    /// <summary>
    /// Outgoing e-mail: Identity's <see cref="IEmailSender{TUser}"/> and the clinic's messages put
    /// mail on <see cref="IMailOutbox"/>; <see cref="MailDispatcher"/> sends it in the background with
    /// MailKit over SMTP when Email:Smtp:Host is set, else as .eml files in the pickup folder.
    /// </summary>
    public static void AddEmail(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<EmailOptions>().BindConfiguration(EmailOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<MailOutbox>();
        builder.Services.AddSingleton<IMailOutbox>(sp => sp.GetRequiredService<MailOutbox>());
        builder.Services.AddSingleton<MailMessages>();
        builder.Services.AddSingleton<IMailTransport>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<EmailOptions>>().Value;
            return options.UsesSmtp
                ? new SmtpMailTransport(sp.GetRequiredService<IOptions<EmailOptions>>())
                : new PickupFolderMailTransport(PickupDirectory(options.PickupDirectory), sp.GetRequiredService<TimeProvider>());
        });
        builder.Services.AddHostedService<MailDispatcher>();
        builder.Services.AddSingleton<IEmailSender<PhysioUser>, IdentityEmailSender>();
        builder.Services.AddSingleton<ClinicMail>();
    }

    /// <summary>The pickup folder: beside the default SQLite file unless Email:PickupDirectory says otherwise.</summary>
    private static string PickupDirectory(string? configured)
    {
        var data = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "PiriformisRehab");
        return string.IsNullOrWhiteSpace(configured) ? Path.Combine(data, "mail-pickup") : Path.GetFullPath(configured, data);
    }
}
