using Microsoft.EntityFrameworkCore;

namespace PiriformisRehab.Web.Data.Providers;

/// <summary>PostgreSQL for several instances on one database; its migrations live in Data/Migrations/PostgreSql.</summary>
public sealed class PostgreSqlAppDbContext(DbContextOptions<PostgreSqlAppDbContext> options) : AppDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        // timestamptz holds an instant; Npgsql refuses a DateTimeOffset with a non-zero offset, so
        // every value is turned into UTC on the way in rather than failing a save.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcDateTimeOffsetConverter>();
        configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<UtcDateTimeOffsetConverter>();
    }
}
