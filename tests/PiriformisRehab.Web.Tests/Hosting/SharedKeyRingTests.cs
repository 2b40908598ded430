using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PiriformisRehab.Web.Tests.Infrastructure;

namespace PiriformisRehab.Web.Tests.Hosting;

/// <summary>Instances on one database share the Data Protection key ring, so what one protects another reads.</summary>
public sealed class SharedKeyRingTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task WhatOneInstanceProtectsAnotherOnTheSameDatabaseUnprotects()
    {
        await using var first = new AppFactory();
        using var firstClient = first.CreateClient();
        var protectedByFirst = first.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("sign-in").Protect("physio-42");
        await using var second = new AppFactory
        {
            Settings = new Dictionary<string, string?> { ["ConnectionStrings:Default"] = first.Database.ConnectionString },
        };
        using var secondClient = second.CreateClient();

        var read = second.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("sign-in").Unprotect(protectedByFirst);

        Assert.Equal("physio-42", read);
        await using var db = await ClinicDatabase.OpenAsync(first);
        Assert.Single(await db.DataProtectionKeys.ToListAsync(Ct));
    }
}
