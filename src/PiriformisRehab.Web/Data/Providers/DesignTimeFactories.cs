using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace PiriformisRehab.Web.Data.Providers;

// `dotnet ef migrations add <Name> --context SqliteAppDbContext --output-dir Data/Migrations/Sqlite`
// and the same with PostgreSqlAppDbContext and Data/Migrations/PostgreSql. Adding a migration only
// compares models, so neither factory needs a reachable database.

internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteAppDbContext>
{
    public SqliteAppDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite("Data Source=design-time.db").Options);
}

internal sealed class PostgreSqlDesignTimeFactory : IDesignTimeDbContextFactory<PostgreSqlAppDbContext>
{
    public PostgreSqlAppDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgreSqlAppDbContext>().UseNpgsql("Host=127.0.0.1;Database=piriformis").Options);
}
