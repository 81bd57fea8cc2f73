using Graph.Model;
using Graph.Store;
using Graph.Store.Sqlite;
using Graph.Tests.Shared;

namespace Graph.GraphStore.Tests;

/// <summary>
/// The edge indexes keyed by the ends' entity numbers (SqliteSchema.EdgeNumbers): every read by an end answers as the indexes by
/// end id did, a store written before them is read as it is when opened read-only and numbered when opened for writing, and edges
/// whose end had no entity row when written are still found by that end.
/// </summary>
public class SqliteEdgeNumberTests
{
    private static readonly string[] Firms = ["甲乙精密机械有限公司", "丙丁机床有限公司", "戊己电子有限公司", "庚辛材料有限公司", "壬癸光电有限公司"];

    private static string Id(string name) => Entity.Create(NodeLabel.Enterprise, name).Id;

    /// <summary>The store's edge indexes and triggers on relations and entities, by name.</summary>
    private const string EdgeSchema =
        "SELECT group_concat(name, ' ') FROM (SELECT name FROM sqlite_master WHERE type IN ('index', 'trigger') AND (name LIKE 'relations%' OR name LIKE 'entities_edges%') AND sql IS NOT NULL ORDER BY name)";

    /// <summary>Relations whose end number is not the rowid of the entity row of its end's id (a number may be missing, never wrong).</summary>
    private const string WrongNumbers =
        """
        SELECT count(*) FROM relations WHERE (from_no IS NOT NULL AND from_no IS NOT (SELECT rowid FROM entities WHERE id = relations.from_id))
            OR (to_no IS NOT NULL AND to_no IS NOT (SELECT rowid FROM entities WHERE id = relations.to_id))
        """;

    /// <summary>Makes a store's relations as the build before edge numbers wrote them: no number columns, edge indexes by end id.</summary>
    private const string AsWrittenBefore =
        """
        DROP TRIGGER entities_edges_delete;
        DROP INDEX relations_from_no; DROP INDEX relations_to_no; DROP INDEX relations_from_unnumbered; DROP INDEX relations_to_unnumbered;
        ALTER TABLE relations DROP COLUMN from_no; ALTER TABLE relations DROP COLUMN to_no;
        CREATE INDEX relations_from_edges ON relations(from_id, type, to_id, id);
        CREATE INDEX relations_to_edges ON relations(to_id, type, from_id, id);
        """;

    [Fact]
    public async Task A_store_written_before_edge_numbers_answers_every_read_by_an_end_the_same_read_only_and_once_numbered_for_writing()
    {
        using var folder = new TempFolder();
        var path = folder.File("g.db");
        string written;
        await using (var store = await SqliteGraphStore.OpenAsync(path, 100, CancellationToken.None))
        {
            await WriteFirstAsync(store);
            written = await ReadsAsync(store);
            Assert.Equal([0L, 0L], await StoreFile.Counts(path, WrongNumbers + " UNION ALL SELECT count(*) FROM relations WHERE from_no IS NULL OR to_no IS NULL"));
        }

        await StoreFile.Execute(path, AsWrittenBefore);
        Assert.Equal("relations_from_edges relations_to_edges", await StoreFile.Text(path, EdgeSchema));

        // Read-only (the queries, eval --store): read through the indexes it has, nothing changed in the file.
        await using (var reader = await SqliteGraphStore.OpenAsync(path, 100, CancellationToken.None, mustExist: true))
        {
            Assert.Equal(written, await ReadsAsync(reader));
        }

        Assert.Equal("relations_from_edges relations_to_edges", await StoreFile.Text(path, EdgeSchema));

        // Opened for writing: numbered once, the old indexes gone; the same answers, and the same after more writes as a store
        // that never had the old indexes.
        string after;
        await using (var store = await SqliteGraphStore.OpenAsync(path, 100, CancellationToken.None))
        {
            Assert.Equal(written, await ReadsAsync(store));
            await WriteNextAsync(store);
            after = await ReadsAsync(store);
        }

        Assert.Equal("entities_edges_delete relations_from_no relations_from_unnumbered relations_to_no relations_to_unnumbered", await StoreFile.Text(path, EdgeSchema));
        Assert.Equal([0L], await StoreFile.Counts(path, WrongNumbers));

        var fresh = folder.File("fresh.db");
        await using (var store = await SqliteGraphStore.OpenAsync(fresh, 100, CancellationToken.None))
        {
            await WriteFirstAsync(store);
            await WriteNextAsync(store);
            Assert.Equal(after, await ReadsAsync(store));
        }

        await using (var reader = await SqliteGraphStore.OpenAsync(path, 100, CancellationToken.None, mustExist: true))
        {
            Assert.Equal(after, await ReadsAsync(reader));
        }
    }

    [Fact]
    public async Task An_edge_written_before_its_end_entity_and_one_whose_end_is_removed_are_found_by_their_ends_as_by_id()
    {
        using var folder = new TempFolder();
        var path = folder.File("g.db");
        await using var store = await SqliteGraphStore.OpenAsync(path, 100, CancellationToken.None);
        await store.WriteAsync(SqliteGraphStoreTests.Document("d1", (Firms[0], Firms[1])), CancellationToken.None);

        // 甲乙 → 壬癸 before 壬癸 has an entity row: its end has no number until then, and none after (the edge is found by id).
        var early = Relation.Create(RelationType.SUPPLIES, Id(Firms[0]), Id(Firms[4]), [], [new("d1", "d1.txt", 0, 4, "甲乙供应壬癸", "test.rule", 0.9)]);
        await store.AddRelationsAsync([early], CancellationToken.None);
        Assert.Equal([1L], await StoreFile.Counts(path, "SELECT count(*) FROM relations WHERE to_no IS NULL"));
        await store.WriteAsync(SqliteGraphStoreTests.Document("d2", (Firms[4], Firms[2])), CancellationToken.None);

        IGraphStore graph = store;
        Assert.Equal([early.Id], (await graph.RelationsAsync(RelationType.SUPPLIES, null, Id(Firms[4]), CancellationToken.None)).Select(r => r.Id));
        Assert.Equal([early.Id], (await graph.RelationsAsync(RelationType.SUPPLIES, Id(Firms[0]), Id(Firms[4]), CancellationToken.None)).Select(r => r.Id));
        Assert.Contains(early.Id, (await graph.EdgesOfAsync([Id(Firms[4])], CancellationToken.None)).Select(r => r.Id));
        Assert.Contains(early.Id, (await graph.RelationsAtAsync(RelationType.SUPPLIES, RelationEnd.To, [Id(Firms[4])], 10, CancellationToken.None)).Select(r => r.Id));
        Assert.Equal([early.Id], (await graph.RelationsBetweenAsync([Id(Firms[4])], [Id(Firms[0])], 10, CancellationToken.None)).Select(r => r.Id));
        Assert.Equal(2, (await graph.RelationsOfAsync([Id(Firms[4])], CancellationToken.None)).Count);

        // A merge moves the unnumbered edge too (re-keyed on the kept entity, which has a number).
        await store.MergeAsync(Id(Firms[4]), Id(Firms[3]), CancellationToken.None);
        var moved = Assert.Single(await graph.RelationsAsync(RelationType.SUPPLIES, Id(Firms[0]), Id(Firms[3]), CancellationToken.None));
        Assert.Equal(Id(Firms[3]), moved.ToId);
        Assert.Equal([0L, 0L], await StoreFile.Counts(path, WrongNumbers + " UNION ALL SELECT count(*) FROM relations WHERE to_no IS NULL OR from_no IS NULL"));

        // A retraction removes the entities only d1 held and the edges at them; an entity row removed under an edge that stays
        // takes the edge's number with it, so a later row of that rowid is never taken for its end.
        await store.RetractAsync("d1", CancellationToken.None);
        Assert.Empty(await graph.RelationsAsync(RelationType.SUPPLIES, Id(Firms[0]), null, CancellationToken.None));
        Assert.Equal([0L], await StoreFile.Counts(path, WrongNumbers));
        var kept = Assert.Single(await graph.RelationsAsync(RelationType.SUPPLIES, null, null, CancellationToken.None));
        await StoreFile.Execute(path, $"DELETE FROM entities WHERE id = '{kept.FromId}'");
        Assert.Equal([1L, 0L], await StoreFile.Counts(path, "SELECT count(*) FROM relations WHERE from_no IS NULL UNION ALL " + WrongNumbers));
        Assert.Equal([kept.Id], (await graph.RelationsAsync(RelationType.SUPPLIES, kept.FromId, null, CancellationToken.None)).Select(r => r.Id));
    }

    /// <summary>Hubs and chains over five firms in two documents.</summary>
    private static async Task WriteFirstAsync(SqliteGraphStore store)
    {
        await store.WriteAsync(SqliteGraphStoreTests.Document("d1", (Firms[0], Firms[1]), (Firms[0], Firms[2]), (Firms[3], Firms[0])), CancellationToken.None);
        await store.WriteAsync(SqliteGraphStoreTests.Document("d2", (Firms[4], Firms[0]), (Firms[1], Firms[2]), (Firms[0], Firms[1])), CancellationToken.None);
    }

    /// <summary>A third document, a merge and a retraction.</summary>
    private static async Task WriteNextAsync(SqliteGraphStore store)
    {
        await store.WriteAsync(SqliteGraphStoreTests.Document("d3", (Firms[2], Firms[3]), (Firms[4], Firms[1])), CancellationToken.None);
        await store.MergeAsync(Id(Firms[4]), Id(Firms[3]), CancellationToken.None);
        await store.RetractAsync("d1", CancellationToken.None);
    }

    /// <summary>What every read by an end answers for every firm (and pairs of them), as text.</summary>
    private static async Task<string> ReadsAsync(IGraphStore store)
    {
        static string Show(IEnumerable<Relation> relations) =>
            string.Join(' ', relations.Select(r => $"{r.Id}:{r.Type}:{r.FromId}>{r.ToId}:{string.Join(',', r.Attributes)}:{r.Evidence.Length}"));
        var ids = Firms.Select(Id).ToList();
        var lines = new List<string>();
        foreach (var id in ids)
        {
            lines.Add("from " + Show(await store.RelationsAsync(RelationType.SUPPLIES, id, null, CancellationToken.None)));
            lines.Add("to " + Show(await store.RelationsAsync(RelationType.SUPPLIES, null, id, CancellationToken.None)));
            lines.Add("of " + Show(await store.RelationsOfAsync([id], CancellationToken.None)));
            lines.Add("edges " + Show(await store.EdgesOfAsync([id], CancellationToken.None)));
            foreach (var other in ids)
            {
                lines.Add("pair " + Show(await store.RelationsAsync(RelationType.SUPPLIES, id, other, CancellationToken.None)));
            }
        }

        for (int i = 0; i < ids.Count; i++)
        {
            lines.Add("between " + Show(await store.RelationsBetweenAsync(ids[..i], ids[i..], 1, CancellationToken.None)));
        }

        lines.Add("of all " + Show(await store.RelationsOfAsync(ids, 1, CancellationToken.None)));
        lines.Add("at from " + Show(await store.RelationsAtAsync(RelationType.SUPPLIES, RelationEnd.From, ids, 1, CancellationToken.None)));
        lines.Add("at to " + Show(await store.RelationsAtAsync(RelationType.SUPPLIES, RelationEnd.To, ids[1..3], 5, CancellationToken.None)));
        var all = new List<Relation>();
        await foreach (var relation in store.AllRelationsAsync(CancellationToken.None))
        {
            all.Add(relation);
        }

        lines.Add("all " + Show(all));
        return string.Join('\n', lines);
    }
}
