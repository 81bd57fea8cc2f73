using Graph.Model;
using Graph.Store;
using Graph.Store.Sqlite;
using Graph.Tests.Shared;

namespace Graph.GraphStore.Tests;

/// <summary>A unit of work (<see cref="IGraphStore.AtomicallyAsync"/>) on SQLite: one transaction that writes, merges and retractions join.</summary>
public sealed class SqliteUnitTests
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    private static readonly string Short = StableId.ForEntity(NodeLabel.Enterprise, "甲乙精密");
    private static readonly string Full = StableId.ForEntity(NodeLabel.Enterprise, "甲乙精密机械有限公司");

    [Fact]
    public async Task A_unit_that_fails_keeps_nothing_of_its_writes_merges_and_retractions_and_the_store_goes_on()
    {
        using var folder = new TempFolder();
        await using var store = await SqliteGraphStore.OpenAsync(folder.File("g.db"), 100, Ct);
        await store.WriteAsync(SqliteGraphStoreTests.Document("d1", ("甲乙精密", "丙丁机床有限公司")), Ct);
        await store.WriteAsync(SqliteGraphStoreTests.Document("d2", ("甲乙精密机械有限公司", "丙丁机床有限公司")), Ct);
        var before = await SnapshotAsync(store);

        await Assert.ThrowsAsync<InvalidOperationException>(() => store.AtomicallyAsync<bool>(async token =>
        {
            await store.WriteAsync(SqliteGraphStoreTests.Document("d3", ("戊己电子有限公司", "丙丁机床有限公司")), token);
            await store.MergeAsync(Short, Full, token);
            await store.RetractAsync("d2.txt", token); // its contribution removed through the temporary tables, made in the unit
            throw new InvalidOperationException("the process dies here");
        }, Ct));

        Assert.Equal(before, await SnapshotAsync(store));
        Assert.Empty(await store.RedirectsAsync([Short], Ct));
        // What the unit made on the way (the temporary tables of a removal) went with it: a rewrite, which needs them, still works.
        await store.WriteAsync(SqliteGraphStoreTests.Document("d2", ("甲乙精密机械有限公司", "丙丁机床有限公司")), Ct);
        await store.RetractAsync("d1.txt", Ct);
        Assert.Equal(1, (await store.CountAsync(Ct)).Documents);
    }

    [Fact]
    public async Task A_unit_commits_all_it_did_at_once_and_a_unit_inside_it_joins_it()
    {
        using var folder = new TempFolder();
        await using var store = await SqliteGraphStore.OpenAsync(folder.File("g.db"), 100, Ct);
        await store.WriteAsync(SqliteGraphStoreTests.Document("d1", ("甲乙精密", "丙丁机床有限公司")), Ct);
        await using var reader = await store.OpenReaderAsync(Ct);
        Assert.NotNull(reader);

        var result = await store.AtomicallyAsync(async token =>
        {
            await store.WriteAsync(SqliteGraphStoreTests.Document("d2", ("甲乙精密机械有限公司", "丙丁机床有限公司")), token);
            await store.AtomicallyAsync(async inner =>
            {
                await store.MergeAsync(Short, Full, inner);
                return true;
            }, token);
            // Inside the unit its own writes are read back; another connection sees none of them yet, and no reader is lent.
            Assert.Equal(Full, (await store.RedirectsAsync([Short], token))[Short].Id);
            Assert.Empty(await reader.RedirectsAsync([Short], token));
            Assert.Equal(1, (await reader.CountAsync(token)).Documents);
            Assert.Null(await store.OpenReaderAsync(token));
            return 42;
        }, Ct);

        Assert.Equal(42, result);
        Assert.Equal(Full, (await reader.RedirectsAsync([Short], Ct))[Short].Id);
        Assert.Equal(2, (await reader.CountAsync(Ct)).Documents);
    }

    private static async Task<string> SnapshotAsync(IGraphStore store)
    {
        var lines = new List<string>();
        await foreach (var document in store.DocumentsAsync(Ct))
        {
            lines.Add("doc " + document.Id);
        }

        await foreach (var stored in store.AllEntitiesAsync(Ct))
        {
            lines.Add($"entity {stored.Entity.Id} {stored.Entity.Name} [{string.Join(",", stored.Entity.Aliases)}] {stored.Entity.Evidence.Length}");
        }

        await foreach (var relation in store.AllRelationsAsync(Ct))
        {
            lines.Add($"relation {relation.Id} {relation.FromId} {relation.ToId} {relation.Evidence.Length}");
        }

        return string.Join("\n", lines);
    }
}
