using System.Text.Json;

namespace Graph.Store.Neo4j;

/// <summary>
/// The end-of-run work a run has not settled, on the ledger itself: its documents flagged <c>unsettled</c> (and
/// <c>unmerged</c> until their transaction's merges are made), the Districts and merged companies of each mark listed on
/// its first document. In one explicit transaction with the documents (and with the settling work when cleared); without
/// explicit transactions each mark goes before what it marks and is cleared after it, so a kill anywhere leaves them for the
/// next run, whose settling (merges again for unmerged documents, relinking, second reading) is idempotent.
/// </summary>
public sealed partial class Neo4jGraphStore
{
    public async Task MarkUnsettledAsync(Unsettled work, CancellationToken cancellationToken)
    {
        if (work.Documents.Count == 0)
        {
            return;
        }

        await client.RunAsync(Neo4jStatement.Of(Neo4jStatements.MarkUnsettled, ("docs", work.Documents.Distinct(StringComparer.Ordinal).ToList()),
            ("first", work.Documents[0]), ("unmerged", work.Unmerged.Distinct(StringComparer.Ordinal).ToList()),
            ("districts", work.Districts.Distinct(StringComparer.Ordinal).ToList()), ("merged", work.Merged.Distinct(StringComparer.Ordinal).ToList())),
            cancellationToken);
    }

    public async Task<Unsettled> UnsettledAsync(CancellationToken cancellationToken)
    {
        var found = await client.RunAsync(Neo4jStatement.Of(Neo4jStatements.Unsettled), cancellationToken);
        var documents = new List<string>();
        var unmerged = new List<string>();
        var districts = new SortedSet<string>(StringComparer.Ordinal);
        var merged = new SortedSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < found.Rows.Count; i++)
        {
            documents.Add(found.Value(i, "id").GetString()!);
            if (found.Value(i, "unmerged").ValueKind == JsonValueKind.True)
            {
                unmerged.Add(documents[^1]);
            }

            districts.UnionWith(Strings(found.Value(i, "districts")));
            merged.UnionWith(Strings(found.Value(i, "merged")));
        }

        return new Unsettled(documents, [.. districts], [.. merged]) { Unmerged = unmerged };
    }

    public async Task SettledAsync(Unsettled work, CancellationToken cancellationToken)
    {
        if (work.Documents.Count > 0)
        {
            await client.RunAsync(Neo4jStatement.Of(Neo4jStatements.Settled, ("docs", work.Documents.ToList())), cancellationToken);
        }
        else if (work.Unmerged.Count > 0)
        {
            await client.RunAsync(Neo4jStatement.Of(Neo4jStatements.Merged, ("docs", work.Unmerged.ToList())), cancellationToken);
        }
    }

    private static IEnumerable<string> Strings(JsonElement list) =>
        list.ValueKind == JsonValueKind.Array ? list.EnumerateArray().Select(e => e.GetString()).OfType<string>() : [];
}
