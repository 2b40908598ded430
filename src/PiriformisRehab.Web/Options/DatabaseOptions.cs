using System.ComponentModel.DataAnnotations;

namespace PiriformisRehab.Web.Options;

/// <summary>The database the app runs on (section "Database"); the connection string is ConnectionStrings:Default.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary>Sqlite (the embedded default, one instance) or PostgreSql (several instances on one database).</summary>
    [EnumDataType(typeof(DatabaseProvider))]
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>
    /// Apply pending migrations when the app starts. Several instances on one database turn this
    /// off and run the separate step (<c>dotnet PiriformisRehab.Web.dll migrate</c>) once per deploy,
    /// so they never race to migrate.
    /// </summary>
    public bool MigrateAtStartup { get; set; } = true;
}

public enum DatabaseProvider
{
    Sqlite,
    PostgreSql,
}
