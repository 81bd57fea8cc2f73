using Graph.Model;
using Graph.Queries.Catalog;
using Graph.Store.Sqlite;
using Graph.Tests.Shared;

namespace Graph.Queries.Tests;

/// <summary>
/// suppliers-of and customers-of on a hub (an invented maker many firms supply, and one firm supplying many): the rows are
/// ordered by the other end's name and cut at the limit, as the Cypher files do (ORDER BY, then LIMIT), each with its own
/// edge's product and sentences.
/// </summary>
public sealed class SuppliersOfLimitTests : IAsyncLifetime
{
    private readonly TempFolder _folder = new();
    private SqliteGraphStore _store = null!;

    private static readonly Entity Maker = Entity.Create(NodeLabel.Enterprise, "霁云整机制造有限公司", ["霁云整机"]);
    private static readonly Entity Vendor = Entity.Create(NodeLabel.Enterprise, "澄溪电控有限公司", ["澄溪电控"]);

    // Names given out of their order, so that an answer cut before it is sorted shows other suppliers.
    private static readonly string[] SupplierNames = ["柘林", "安沛", "祁蒙", "巴朔", "洹田", "卞舟", "铎山", "岷柯", "冉溪", "舒皋", "谌河", "邝岭"];

    private static Evidence Said(string sentence, string file) => new("doc-" + file, file, 0, sentence.Length, sentence, "test.rule", 0.9);

    public async Task InitializeAsync()
    {
        _store = await SqliteGraphStore.OpenAsync(_folder.File("hub.db"), 100, CancellationToken.None);
        var suppliers = SupplierNames.Select(n => Entity.Create(NodeLabel.Enterprise, $"{n}精密部件有限公司")).ToList();
        Relation Supply(Entity from, Entity to, string product, int documents) => Relation.Create(RelationType.SUPPLIES, from.Id, to.Id,
            [KeyValuePair.Create("product", product)],
            Enumerable.Range(1, documents).Select(d => Said($"{from.Name}为{to.Name}供应{product}（第{d}篇）。", $"{from.Name}-{d}.txt")));
        Relation[] relations =
        [
            .. suppliers.Select((s, i) => Supply(s, Maker, $"{SupplierNames[i]}牌轴承", 1 + i % 3)),
            .. suppliers.Select((s, i) => Supply(Vendor, s, $"{SupplierNames[i]}型控制器", 1 + (i + 1) % 3)),
        ];
        await _store.WriteAsync(new DocumentGraph(new DocumentInfo("doc-hub", "hub.txt", "sha-hub", ["标题"]), [Maker, Vendor, .. suppliers], [.. relations]),
            CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await _store.DisposeAsync();
        _folder.Dispose();
    }

    [Theory]
    [InlineData("suppliers-of", "霁云整机", "supplier")]
    [InlineData("customers-of", "澄溪电控", "customer")]
    public async Task The_limit_keeps_the_first_rows_by_name_each_with_its_own_edge(string name, string hub, string other)
    {
        var query = QueryCatalog.Find(name)!;
        var whole = await query.RunEmbeddedAsync(_store, [hub], CancellationToken.None, limit: 100);
        Assert.Equal(SupplierNames.Length, whole.Rows.Count);
        Assert.Equal(whole.Rows.Select(r => r.Text(other)!).Order(StringComparer.Ordinal), whole.Rows.Select(r => r.Text(other)!));

        var first = await query.RunEmbeddedAsync(_store, [hub], CancellationToken.None, limit: 5);
        Assert.Equal(whole.Rows.Take(5).Select(Line), first.Rows.Select(Line));
        Assert.All(first.Rows, r =>
        {
            var evidence = (IReadOnlyList<EvidenceRow>)r["evidence"]!;
            Assert.NotEmpty(evidence);
            // The sentences are those of the row's own edge: the firm at its other end, the product it names.
            Assert.All(evidence, e => Assert.Contains(r.Text(other)!, e.Sentence));
            Assert.All(evidence, e => Assert.Contains(r.Text("product")!, e.Sentence));
        });
        Assert.Contains(first.Rows, r => ((IReadOnlyList<EvidenceRow>)r["evidence"]!).Count > 1);

        static string Line(Row r) =>
            $"{r.Text("supplier")} {r.Text("customer")} {r.Text("product")} {r.Text("share")} "
            + string.Join("/", ((IReadOnlyList<EvidenceRow>)r["evidence"]!).Select(e => e.Sentence + "@" + e.Document));
    }
}
