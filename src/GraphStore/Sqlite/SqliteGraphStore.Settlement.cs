namespace Graph.Store.Sqlite;

/// <summary>
/// The end-of-run work a run has not settled (table <c>unsettled</c>): rows written in the transaction of the documents,
/// read and deleted in the one that settles them, so a kill in between leaves them for the next run. Kinds: 'document',
/// 'district', 'merged' and 'unmerged' (a document whose transaction has not finished its merges).
/// </summary>
public sealed partial class SqliteGraphStore
{
    private const string DocumentKind = "document";
    private const string DistrictKind = "district";
    private const string MergedKind = "merged";
    private const string UnmergedKind = "unmerged";

    public async Task MarkUnsettledAsync(Unsettled work, CancellationToken cancellationToken)
    {
        using var timing = StoreTiming.Start("mark unsettled");
        await using var unit = await BeginAsync(cancellationToken);
        await using var command = NewCommand();
        command.Transaction = unit.Transaction;
        command.CommandText = "INSERT OR IGNORE INTO unsettled(kind, id) VALUES ($kind, $id)";
        var kind = command.Parameters.Add("$kind", Microsoft.Data.Sqlite.SqliteType.Text);
        var id = command.Parameters.Add("$id", Microsoft.Data.Sqlite.SqliteType.Text);
        foreach (var (k, ids) in Kinds(work))
        {
            foreach (var value in ids.Distinct(StringComparer.Ordinal))
            {
                (kind.Value, id.Value) = (k, value);
                await command.ExecuteNonQueryAsync(cancellationToken);
            }
        }

        await unit.CommitAsync(cancellationToken);
    }

    public async Task<Unsettled> UnsettledAsync(CancellationToken cancellationToken)
    {
        // A store written before the marks existed and opened read-only (`status`) has no table yet: nothing is marked.
        if (await ScalarIntAsync(null, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'unsettled'", cancellationToken) == 0)
        {
            return Unsettled.None;
        }

        var rows = new Dictionary<string, List<string>>(StringComparer.Ordinal) { [DocumentKind] = [], [DistrictKind] = [], [MergedKind] = [], [UnmergedKind] = [] };
        await using var command = NewCommand();
        command.CommandText = "SELECT kind, id FROM unsettled ORDER BY kind, id";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            if (rows.TryGetValue(reader.GetString(0), out var list))
            {
                list.Add(reader.GetString(1));
            }
        }

        return new Unsettled(rows[DocumentKind], rows[DistrictKind], rows[MergedKind]) { Unmerged = rows[UnmergedKind] };
    }

    public async Task SettledAsync(Unsettled work, CancellationToken cancellationToken)
    {
        await using var unit = await BeginAsync(cancellationToken);
        foreach (var (kind, ids) in Kinds(work).Where(k => k.Ids.Count > 0))
        {
            await ExecuteAsync(unit.Transaction, "DELETE FROM unsettled WHERE kind = $kind AND id IN (SELECT value FROM json_each($ids))", cancellationToken,
                ("$kind", kind), ("$ids", System.Text.Json.JsonSerializer.Serialize(ids)));
        }

        await unit.CommitAsync(cancellationToken);
    }

    private static IEnumerable<(string Kind, IReadOnlyList<string> Ids)> Kinds(Unsettled work) =>
        [(DocumentKind, work.Documents), (DistrictKind, work.Districts), (MergedKind, work.Merged), (UnmergedKind, work.Unmerged)];
}
