using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using PiriformisRehab.Web.Data.Entities;
using PiriformisRehab.Web.Tests.Infrastructure;

namespace PiriformisRehab.Web.Tests.Data;

/// <summary>Both providers keep instants in UTC, whatever offset a value arrives with.</summary>
public sealed class UtcTimeTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ATimeWithAnOffsetIsStoredAndReadBackAsTheSameInstantInUtc()
    {
        var id = await SaveAsync(new DateTimeOffset(2026, 3, 1, 14, 0, 0, TimeSpan.FromHours(2)));

        await using var db = await ClinicDatabase.OpenAsync(factory);
        var stored = await db.SavedAssessments.Where(a => a.Id == id).Select(a => a.CreatedAt).SingleAsync(Ct);
        Assert.Equal(TimeSpan.Zero, stored.Offset);
        Assert.Equal(new DateTime(2026, 3, 1, 12, 0, 0, DateTimeKind.Utc), stored.UtcDateTime);
    }

    [Fact]
    public async Task TimesWithDifferentOffsetsCompareByInstant()
    {
        var earlier = await SaveAsync(new DateTimeOffset(2026, 4, 1, 11, 0, 0, TimeSpan.FromHours(-5))); // 16:00 UTC
        var later = await SaveAsync(new DateTimeOffset(2026, 4, 1, 17, 30, 0, TimeSpan.FromHours(1)));   // 16:30 UTC
        var between = new DateTimeOffset(2026, 4, 1, 16, 15, 0, TimeSpan.Zero);

        await using var db = await ClinicDatabase.OpenAsync(factory);
        var after = await db.SavedAssessments.Where(a => (a.Id == earlier || a.Id == later) && a.CreatedAt > between).Select(a => a.Id).ToListAsync(Ct);
        Assert.Equal([later], after);
    }

    private async Task<Guid> SaveAsync(DateTimeOffset createdAt)
    {
        await using var db = await ClinicDatabase.OpenAsync(factory);
        var row = new SavedAssessment { Id = Guid.NewGuid(), TokenHash = RandomNumberGenerator.GetBytes(32), RulesVersion = "test", CreatedAt = createdAt };
        db.SavedAssessments.Add(row);
        await db.SaveChangesAsync(Ct);
        return row.Id;
    }
}
