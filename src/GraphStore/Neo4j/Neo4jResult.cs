using System.Text.Json;
using Graph.Store.Neo4j.Protocol;

namespace Graph.Store.Neo4j;

/// <summary>One statement's answer: its columns, its rows as plain JSON values, and the counters when asked for.</summary>
public sealed record Neo4jResult(IReadOnlyList<string> Fields, IReadOnlyList<IReadOnlyList<JsonElement>> Rows, QueryCounters? Counters)
{
    public static Neo4jResult Empty { get; } = new([], [], null);

    /// <summary>The value of column <paramref name="field"/> in row <paramref name="row"/>.</summary>
    public JsonElement Value(int row, string field)
    {
        var column = Fields.Count == 0 ? -1 : IndexOf(field);
        return column < 0
            ? throw new KeyNotFoundException($"no column '{field}' in the Neo4j answer (columns: {string.Join(", ", Fields)})")
            : Rows[row][column];
    }

    /// <summary>The single integer a counting statement returns, 0 when it returned no row.</summary>
    public long Scalar(string field) => Rows.Count == 0 ? 0 : Value(0, field).GetInt64();

    private int IndexOf(string field)
    {
        for (var i = 0; i < Fields.Count; i++)
        {
            if (Fields[i] == field)
            {
                return i;
            }
        }

        return -1;
    }
}
