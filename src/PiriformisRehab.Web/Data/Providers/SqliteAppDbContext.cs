using Microsoft.EntityFrameworkCore;

namespace PiriformisRehab.Web.Data.Providers;

/// <summary>The embedded default; its migrations live in Data/Migrations/Sqlite.</summary>
public sealed class SqliteAppDbContext(DbContextOptions<SqliteAppDbContext> options) : AppDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        // SQLite cannot order or compare DateTimeOffset text; a binary long of the UTC instant can.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcBinaryDateTimeOffsetConverter>();
        configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<UtcBinaryDateTimeOffsetConverter>();
    }
}
