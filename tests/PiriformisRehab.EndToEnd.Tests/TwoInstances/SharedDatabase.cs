using Npgsql;

namespace PiriformisRehab.EndToEnd.Tests.TwoInstances;

/// <summary>A fresh PostgreSQL database for one run of the cluster, dropped afterwards.</summary>
internal sealed class SharedDatabase : IAsyncDisposable
{
    private readonly string _server;
    private readonly string _name = $"piriformis_cluster_{Guid.NewGuid():N}";

    private SharedDatabase(string server) => _server = server;

    public string ConnectionString => new NpgsqlConnectionStringBuilder(_server) { Database = _name }.ConnectionString;

    public static async Task<SharedDatabase> CreateAsync(string server)
    {
        var database = new SharedDatabase(server);
        await database.ExecuteAsync($"CREATE DATABASE \"{database._name}\"");
        return database;
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync($"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)");
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
