using Graph.Model;
using Graph.Store;
using Graph.Store.Sqlite;
using Graph.Tests.Shared;

namespace Graph.GraphStore.Tests;

/// <summary>
/// The reads a walk makes over many ids at once (a page of ids per statement) answer what the same reads one id at a
/// time answer: over more ids than a page, with hubs, and with an id merged into another.
/// </summary>
public sealed class SqliteBatchedReadTests : IAsyncLifetime
{
    private static readonly CancellationToken Ct = CancellationToken.None;
    private readonly TempFolder _folder = new();
    private SqliteGraphStore _store = null!;
    private readonly List<Entity> _firms = [];
    private Entity _merged = null!;

    private static Evidence Said(string doc, int at, string sentence) => new(doc, doc + ".txt", at, at + sentence.Length, sentence, "test.rule", 0.9);

    public async Task InitializeAsync()
    {
        _store = await SqliteGraphStore.OpenAsync(_folder.File("g.db"), 100, Ct);
        // 700 firms (more than one page of ids): each supplies the next and one of two hubs, and is located in one of
        // three districts; the hubs' edges have evidence in two documents.
        var hubs = new[] { Entity.Create(NodeLabel.Enterprise, "北岭整机有限公司"), Entity.Create(NodeLabel.Enterprise, "南川总装有限公司") };
        var districts = Enumerable.Range(0, 3).Select(i => Entity.Create(NodeLabel.District, $"第{i}测试县")).ToArray();
        _firms.AddRange(Enumerable.Range(0, 700).Select(i => Entity.Create(NodeLabel.Enterprise, $"测试{i:D3}零件有限公司")));
        foreach (var doc in new[] { "d1", "d2" })
        {
            var relations = new List<Relation>();
            for (var i = 0; i < _firms.Count; i++)
            {
                var (firm, hub) = (_firms[i], hubs[i % 2]);
                relations.Add(Relation.Create(RelationType.SUPPLIES, firm.Id, hub.Id, [new("product", $"零件{i % 7}")], [Said(doc, i, $"{firm.Name}供应{hub.Name}")]));
                if (doc == "d1")
                {
                    relations.Add(Relation.Create(RelationType.LOCATED_IN, firm.Id, districts[i % 3].Id, evidence: [Said(doc, i, $"{firm.Name}位于{districts[i % 3].Name}")]));
                    if (i + 1 < _firms.Count)
                    {
                        relations.Add(Relation.Create(RelationType.SUPPLIES, firm.Id, _firms[i + 1].Id, evidence: [Said(doc, i, "供应")]));
                    }
                }
            }

            await _store.WriteAsync(new DocumentGraph(new DocumentInfo(doc, doc + ".txt", doc + "-sha", ["标题"]), [.. hubs, .. districts, .. _firms],
                [.. relations]), Ct);
        }

        // A short name written later and merged into the firm it names: reads by the old id answer for the firm.
        _merged = Entity.Create(NodeLabel.Enterprise, "测试短名");
        await _store.WriteAsync(new DocumentGraph(new DocumentInfo("d3", "d3.txt", "d3-sha", ["标题"]), [_merged, hubs[0]],
            [Relation.Create(RelationType.COOPERATES_WITH, _merged.Id, hubs[0].Id, evidence: [Said("d3", 0, "合作")])]), Ct);
        await _store.MergeAsync(_merged.Id, _firms[5].Id, Ct);
    }

    public async Task DisposeAsync()
    {
        await _store.DisposeAsync();
        _folder.Dispose();
    }

    private static string Key(Relation r) =>
        $"{r.Id}|{r.Type}|{r.FromId}|{r.ToId}|{string.Join(",", r.Attributes)}|{string.Join(",", r.Evidence.Select(e => e.DocumentId + e.Start))}";

    private List<string> Asked() => [.. _firms.Where((_, i) => i % 7 != 3).Select(f => f.Id), _merged.Id, "ent-not-held"];

    [Theory]
    [InlineData(RelationType.SUPPLIES, RelationEnd.From, 0)]
    [InlineData(RelationType.SUPPLIES, RelationEnd.To, 1)]
    [InlineData(RelationType.LOCATED_IN, RelationEnd.From, 50)]
    public async Task Relations_at_many_ids_are_those_read_one_id_at_a_time(RelationType type, RelationEnd end, int maxEvidence)
    {
        var expected = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var id in Asked())
        {
            var (from, to) = end == RelationEnd.From ? (id, (string?)null) : (null, id);
            foreach (var r in await _store.RelationsAsync(type, from, to, maxEvidence, Ct))
            {
                expected[r.Id] = Key(r);
            }
        }

        var batched = await _store.RelationsAtAsync(type, end, Asked(), maxEvidence, Ct);

        Assert.NotEmpty(expected);
        Assert.Equal(expected.Values, batched.Select(Key));
    }

    [Fact]
    public async Task Relations_between_two_sets_are_those_of_the_first_that_end_in_the_second()
    {
        var near = _firms.Take(600).Where((_, i) => i != 10).Select(f => f.Id).ToList();
        var far = new HashSet<string>(_firms.Skip(600).Select(f => f.Id).Append(_firms[10].Id), StringComparer.Ordinal);
        var nearSet = near.ToHashSet(StringComparer.Ordinal);
        var expected = (await _store.RelationsOfAsync(near, 0, Ct))
            .Where(r => (nearSet.Contains(r.FromId) && far.Contains(r.ToId)) || (nearSet.Contains(r.ToId) && far.Contains(r.FromId)))
            .Select(Key).ToList();

        var between = await _store.RelationsBetweenAsync(near, far, 0, Ct);

        // 599 → 600 and the two edges of 10 (from 9, to 11); a hub both sets supply is no edge between them.
        Assert.Equal(3, expected.Count);
        Assert.Equal(expected, between.Select(Key));
    }

    [Fact]
    public async Task Edges_read_again_by_id_get_the_evidence_and_attributes_a_read_by_their_ends_gives()
    {
        var bare = (await _store.RelationsAtAsync(RelationType.SUPPLIES, RelationEnd.From, Asked(), 0, Ct))
            .Select(r => r with { Attributes = r.Attributes.Clear() }).ToList();
        Assert.All(bare, r => Assert.Empty(r.Evidence));

        var read = await _store.WithEvidenceAsync(bare, 1, Ct);

        Assert.Equal(bare.Count, read.Count);
        foreach (var edge in bare)
        {
            var byEnds = Assert.Single(await _store.RelationsAsync(edge.Type, edge.FromId, edge.ToId, 1, Ct));
            Assert.Equal(Key(byEnds), Key(read[edge.Id]));
        }

        Assert.Contains(read.Values, r => r.Attributes.ContainsKey("product"));
    }

    [Fact]
    public async Task Bare_edges_are_the_relations_of_the_ids_without_attributes()
    {
        var ids = Asked();
        var full = await _store.RelationsOfAsync(ids, 0, Ct);

        var bare = await _store.EdgesOfAsync(ids, Ct);

        Assert.True(full.Count > 1000);
        Assert.Equal(full.Select(r => (r.Id, r.Type, r.FromId, r.ToId)), bare.Select(r => (r.Id, r.Type, r.FromId, r.ToId)));
        Assert.All(bare, r => Assert.Empty(r.Evidence));
    }

    [Fact]
    public async Task Entities_without_aliases_have_the_names_labels_and_attributes_of_the_whole_ones()
    {
        var ids = Asked();
        var whole = await _store.EntitiesAsync(ids, 0, Ct);

        var named = await _store.EntitiesWithoutAliasesAsync(ids, Ct);

        Assert.Equal(whole.Count, named.Count);
        Assert.Contains(whole.Values, e => e.Aliases.Length > 0); // the merged short name is an alias of the firm it became
        Assert.All(named, n => Assert.Equal((whole[n.Key].Id, whole[n.Key].Label, whole[n.Key].Name, string.Join(",", whole[n.Key].Attributes)),
            (n.Value.Id, n.Value.Label, n.Value.Name, string.Join(",", n.Value.Attributes))));
        Assert.All(named.Values, e => Assert.Empty(e.Aliases));
    }
}
