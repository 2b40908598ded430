using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PiriformisRehab.Web.Data;

namespace PiriformisRehab.Web.Tests.Infrastructure;

/// <summary>Direct access to the test database, for arranging and checking what HTTP cannot show.</summary>
internal static class ClinicDatabase
{
    public static async Task<AppDbContext> OpenAsync(AppFactory factory) =>
        await factory.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(TestContext.Current.CancellationToken);
}
