using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using PiriformisRehab.Web.Data;
using PiriformisRehab.Web.Data.Entities;
using PiriformisRehab.Web.Features.Accounts;
using PiriformisRehab.Web.Options;

namespace PiriformisRehab.Web.Extensions;

internal static class IdentityExtensions
{
    /// <summary>
    /// Physio accounts: ASP.NET Core Identity on the app's database, cookie sign-in, a password
    /// policy (NIST SP 800-63B favours length over character classes) and lockout after repeated
    /// failures, both from <see cref="AccountOptions"/>.
    /// </summary>
    public static void AddPhysioAccounts(this WebApplicationBuilder builder)
    {
        builder.Services.AddCascadingAuthenticationState();
        builder.Services.AddAuthentication(options =>
            {
                options.DefaultScheme = IdentityConstants.ApplicationScheme;
                options.DefaultSignInScheme = IdentityConstants.ExternalScheme;
            })
            .AddIdentityCookies();
        builder.Services.AddAuthorization();

        builder.Services.AddIdentityCore<PhysioUser>(options =>
            {
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Lockout.AllowedForNewUsers = true;
                options.User.RequireUniqueEmail = true;
                // Sign-in waits for the link sent to the address (Identity's e-mail confirmation).
                options.SignIn.RequireConfirmedEmail = true;
            })
            .AddEntityFrameworkStores<AppDbContext>()
            .AddSignInManager<PhysioSignInManager>()
            .AddDefaultTokenProviders();
        builder.Services.AddOptions<IdentityOptions>().Configure<IOptions<AccountOptions>>((options, accounts) =>
        {
            options.Password.RequiredLength = accounts.Value.PasswordMinLength;
            options.Password.RequiredUniqueChars = accounts.Value.PasswordUniqueChars;
            options.Lockout.MaxFailedAccessAttempts = accounts.Value.MaxFailedSignInsPerAccount;
            options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(accounts.Value.LockoutMinutes);
        });
        builder.Services.AddScoped<AccountService>();
        builder.Services.AddScoped<DecoyPassword>();
        builder.Services.AddSingleton<TrustedBrowser>();
        builder.Services.AddSingleton<AccountLinks>();
        builder.Services.AddSingleton<AccountMail>();
        builder.Services.AddScoped<AccountRecovery>();
        builder.Services.AddScoped<AccountSettings>();

        builder.Services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = "/account/login";
            options.LogoutPath = "/account/logout";
            options.AccessDeniedPath = "/account/login";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.SlidingExpiration = true;
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
        });
    }
}
