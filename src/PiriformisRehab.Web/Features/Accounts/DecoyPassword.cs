using Microsoft.AspNetCore.Identity;
using PiriformisRehab.Web.Data.Entities;

namespace PiriformisRehab.Web.Features.Accounts;

/// <summary>
/// Runs the password hasher where Identity would not (an unknown address, a locked account), so
/// those answers take about as long as a wrong password for a real account and timing does not
/// tell who has one. The decoy hash is made once per process with the app's own hasher, so it
/// costs the same iterations.
/// </summary>
public sealed class DecoyPassword(IPasswordHasher<PhysioUser> hasher)
{
    private static readonly PhysioUser Nobody = new();
    private static string? _decoyHash;

    public void Check(string password)
    {
        var hash = _decoyHash ??= hasher.HashPassword(Nobody, Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16)));
        _ = hasher.VerifyHashedPassword(Nobody, hash, password);
    }
}
