using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PiriformisRehab.Web.Data;

namespace PiriformisRehab.Web.Tests.Infrastructure;

/// <summary>Direct access to the test database, for arranging and checking what HTTP cannot show.</summary>
internal static class ClinicDatabase
{
    public static async Task<AppDbContext> OpenAsync(AppFactory factory) =>
        await factory.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(TestContext.Current.CancellationToken);

    /// <summary>
    /// Whether the text is anywhere in the stored data: the SQLite file and its write-ahead log
    /// as bytes (every table, index and free page), or every text column of every PostgreSQL row.
    /// </summary>
    public static async Task<bool> ContainsTextAsync(AppFactory factory, string text)
    {
        if (factory.Database is SqliteTestDatabase sqlite)
        {
            var needle = System.Text.Encoding.UTF8.GetBytes(text);
            foreach (var file in new[] { sqlite.FilePath, sqlite.FilePath + "-wal" }.Where(File.Exists))
            {
                await using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
                using var memory = new MemoryStream();
                await stream.CopyToAsync(memory, TestContext.Current.CancellationToken);
                if (memory.ToArray().AsSpan().IndexOf(needle) >= 0)
                {
                    return true;
                }
            }

            return false;
        }

        await using var db = await OpenAsync(factory);
        // Each row as its JSON text: one statement over every table of the test database.
        var tables = await db.Database.SqlQueryRaw<string>("SELECT table_name AS \"Value\" FROM information_schema.tables WHERE table_schema = current_schema()").ToListAsync(TestContext.Current.CancellationToken);
        foreach (var table in tables)
        {
            var sql = $"SELECT count(*)::int AS \"Value\" FROM \"{table}\" t WHERE row_to_json(t)::text LIKE {{0}}";
            if (await db.Database.SqlQueryRaw<int>(sql, $"%{text}%").SingleAsync(TestContext.Current.CancellationToken) > 0)
            {
                return true;
            }
        }

        return false;
    }
}
