using System.Text.Json;
using Graph.Store.Neo4j;

namespace Graph.Queries.Catalog;

/// <summary>
/// Runs a query's <c>cypher/NAME.cypher</c> file on Neo4j and reads the answer back into rows shaped like the
/// twin's: evidence (stored as one JSON string per sentence) becomes <see cref="EvidenceRow"/>s.
/// </summary>
public static class CypherRunner
{
    /// <summary>Folder of the Cypher files: next to the binary (copied at build), else the repository's cypher/.</summary>
    public static string CypherFolder { get; set; } = Path.Combine(AppContext.BaseDirectory, "cypher");

    public static string Text(CannedQuery query)
    {
        var path = Path.Combine(CypherFolder, query.CypherFile);
        return File.ReadAllText(path).TrimEnd().TrimEnd(';');
    }

    public static async Task<QueryResult> RunAsync(Neo4jGraphStore store, CannedQuery query, QueryInput input, CancellationToken cancellationToken)
    {
        var answer = await store.ReadAsync(Text(query), query.CypherParameters(input), cancellationToken);
        return Read(query, answer);
    }

    /// <summary>A Neo4j answer as the query's rows: its columns in order, numbers, texts, and evidence parsed.</summary>
    internal static QueryResult Read(CannedQuery query, Neo4jResult answer)
    {
        var rows = new List<Row>(answer.Rows.Count);
        for (var i = 0; i < answer.Rows.Count; i++)
        {
            var row = new Row();
            foreach (var column in query.Columns)
            {
                row[column] = answer.Fields.Contains(column) ? Value(answer.Value(i, column), column == "evidence") : null;
            }

            rows.Add(row);
        }

        return new QueryResult(query.Columns, rows);
    }

    private static object? Value(JsonElement value, bool evidence) => value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => evidence ? Array.Empty<EvidenceRow>() : null,
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number => value.TryGetInt32(out var n) ? (object)n : value.GetDouble(),
        JsonValueKind.True or JsonValueKind.False => value.GetBoolean().ToString(),
        JsonValueKind.Array when evidence => value.EnumerateArray()
            .Where(e => e.ValueKind == JsonValueKind.String)
            .Select(e => Neo4jEvidence.Read(e.GetString()!))
            .Select(e => new EvidenceRow(e.Sentence, e.FileName))
            .Distinct()
            .ToList(),
        JsonValueKind.Array => string.Join("、", value.EnumerateArray().Select(e => e.ToString())),
        _ => value.GetRawText(),
    };
}
