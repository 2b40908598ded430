using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using PiriformisRehab.Web.Data.Entities;

namespace PiriformisRehab.Web.Tests.Infrastructure;

/// <summary>Identity's own hasher, counting how often a password is checked and how often one is hashed (the costly steps whose absence timing would show).</summary>
public sealed class CountingPasswordHasher : IPasswordHasher<PhysioUser>
{
    private readonly PasswordHasher<PhysioUser> _inner = new();
    private int _checks;
    private int _hashes;

    public int Checks => Volatile.Read(ref _checks);

    public int Hashes => Volatile.Read(ref _hashes);

    public static void Use(IServiceCollection services, CountingPasswordHasher hasher) =>
        services.AddSingleton<IPasswordHasher<PhysioUser>>(hasher);

    public string HashPassword(PhysioUser user, string password)
    {
        Interlocked.Increment(ref _hashes);
        return _inner.HashPassword(user, password);
    }

    public PasswordVerificationResult VerifyHashedPassword(PhysioUser user, string hashedPassword, string providedPassword)
    {
        Interlocked.Increment(ref _checks);
        return _inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
    }
}
