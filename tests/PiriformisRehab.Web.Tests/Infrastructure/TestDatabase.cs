using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;
using PiriformisRehab.Web.Data;
using PiriformisRehab.Web.Data.Providers;
using PiriformisRehab.Web.Options;

namespace PiriformisRehab.Web.Tests.Infrastructure;

/// <summary>
/// A fresh, empty database for one app under test, on the provider the run asks for: SQLite
/// by default, PostgreSQL when PIRIFORMIS_TEST_DATABASE=PostgreSql (`.ci/run` runs the Web tests a
/// second time that way, against the server named by PIRIFORMIS_TEST_POSTGRES). The app migrates
/// it at start-up, as in production.
/// </summary>
public abstract class TestDatabase : IAsyncDisposable
{
    public const string ProviderVariable = "PIRIFORMIS_TEST_DATABASE";
    public const string PostgresVariable = "PIRIFORMIS_TEST_POSTGRES";

    /// <summary>The provider of this run.</summary>
    public static DatabaseProvider RunProvider { get; } =
        Enum.TryParse<DatabaseProvider>(Environment.GetEnvironmentVariable(ProviderVariable), ignoreCase: true, out var provider) ? provider : DatabaseProvider.Sqlite;

    public abstract DatabaseProvider Provider { get; }

    public abstract string ConnectionString { get; }

    public static TestDatabase Create() => RunProvider == DatabaseProvider.PostgreSql ? new PostgreSqlTestDatabase() : new SqliteTestDatabase();

    /// <summary>A context of the provider's own type, outside the app (for counting commands, say).</summary>
    public abstract AppDbContext Open(params IInterceptor[] interceptors);

    /// <summary>Whether the text appears anywhere the database keeps data (for "never stored" checks).</summary>
    public abstract Task<bool> StoresTextAsync(string text, CancellationToken cancellationToken);

    public abstract ValueTask DisposeAsync();
}

internal sealed class SqliteTestDatabase : TestDatabase
{
    public string FilePath { get; } = Path.Combine(Path.GetTempPath(), $"piriformis-test-{Guid.NewGuid():N}.db");

    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    public override string ConnectionString => $"Data Source={FilePath}";

    public override AppDbContext Open(params IInterceptor[] interceptors) =>
        new SqliteAppDbContext(new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite(ConnectionString).AddInterceptors(interceptors).Options);

    public override async Task<bool> StoresTextAsync(string text, CancellationToken cancellationToken)
    {
        var needle = System.Text.Encoding.UTF8.GetBytes(text);
        foreach (var file in Files().Where(File.Exists))
        {
            var bytes = await File.ReadAllBytesAsync(file, cancellationToken);
            if (bytes.AsSpan().IndexOf(needle) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    public override ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in Files())
        {
            File.Delete(file);
        }

        return ValueTask.CompletedTask;
    }

    private string[] Files() => [FilePath, FilePath + "-wal", FilePath + "-shm"];
}

internal sealed class PostgreSqlTestDatabase : TestDatabase
{
    private readonly string _server;
    private readonly string _name = $"piriformis_test_{Guid.NewGuid():N}";

    public PostgreSqlTestDatabase()
    {
        _server = Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } server
            ? server
            : throw new InvalidOperationException($"{ProviderVariable}=PostgreSql needs {PostgresVariable}, a connection string to a server whose user may create databases (.ci/run starts one).");
        using var admin = new NpgsqlConnection(_server);
        admin.Open();
        using var create = new NpgsqlCommand($"CREATE DATABASE \"{_name}\"", admin);
        create.ExecuteNonQuery();
    }

    public override DatabaseProvider Provider => DatabaseProvider.PostgreSql;

    public override string ConnectionString => new NpgsqlConnectionStringBuilder(_server) { Database = _name }.ConnectionString;

    public override AppDbContext Open(params IInterceptor[] interceptors) =>
        new PostgreSqlAppDbContext(new DbContextOptionsBuilder<PostgreSqlAppDbContext>().UseNpgsql(ConnectionString).AddInterceptors(interceptors).Options);

    public override async Task<bool> StoresTextAsync(string text, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync(cancellationToken);
        var tables = new List<string>();
        await using (var list = new NpgsqlCommand("SELECT tablename FROM pg_tables WHERE schemaname = 'public'", connection))
        await using (var reader = await list.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                tables.Add(reader.GetString(0));
            }
        }

        foreach (var table in tables)
        {
            // A row's text form holds every column (bytea as hex), so this reads all stored values.
            await using var search = new NpgsqlCommand($"SELECT EXISTS (SELECT 1 FROM \"{table}\" t WHERE strpos(t::text, @text) > 0)", connection);
            search.Parameters.AddWithValue("text", text);
            if ((bool)(await search.ExecuteScalarAsync(cancellationToken))!)
            {
                return true;
            }
        }

        return false;
    }

    public override async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var admin = new NpgsqlConnection(_server);
        await admin.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)", admin);
        await drop.ExecuteNonQueryAsync();
    }
}
