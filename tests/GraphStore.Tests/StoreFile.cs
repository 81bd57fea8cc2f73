using Microsoft.Data.Sqlite;

namespace Graph.GraphStore.Tests;

/// <summary>
/// SQL on a store's file through a connection of its own, beside the store under test: to make a store as an older build
/// left it (or a crash would), and to read what the store wrote.
/// </summary>
internal static class StoreFile
{
    /// <summary>Runs <paramref name="sql"/> on the file.</summary>
    public static async Task Execute(string path, string sql)
    {
        await using var command = await CommandAsync(path, sql);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>The text of the first column of the first row (null when there is none, or it is not text).</summary>
    public static async Task<string?> Text(string path, string sql)
    {
        await using var command = await CommandAsync(path, sql);
        return await command.ExecuteScalarAsync() as string;
    }

    /// <summary>The integer of each row of an SQL query on the file.</summary>
    public static async Task<List<long>> Counts(string path, string sql)
    {
        await using var command = await CommandAsync(path, sql);
        var values = new List<long>();
        await using var rows = await command.ExecuteReaderAsync();
        while (await rows.ReadAsync())
        {
            values.Add(rows.GetInt64(0));
        }

        return values;
    }

    private static async Task<SqliteCommand> CommandAsync(string path, string sql)
    {
        var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync();
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Disposed += (_, _) => connection.Dispose();
        return command;
    }
}
