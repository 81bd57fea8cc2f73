using Graph.Model;
using Graph.Queries.Catalog;
using Graph.Store.Sqlite;
using Graph.Tests.Shared;

namespace Graph.Queries.Tests;

/// <summary>
/// The path query against a plain breadth-first search over the same edges held in memory, on an invented graph with hubs
/// (products many firms make, districts holding many firms): whichever way the walk reads the store (the edges between the
/// two frontiers first, a whole level only when no path of that length exists), every shortest path of at most
/// <see cref="PathQuery.MaxHops"/> hops is reported, none longer or other, in the order of its names.
/// </summary>
public sealed class PathQueryTests : IAsyncLifetime
{
    private readonly TempFolder _folder = new();
    private readonly List<Entity> _entities = [];
    private readonly List<Relation> _relations = [];
    private SqliteGraphStore _store = null!;

    private static Evidence Said(string sentence) => new("doc-paths", "paths.txt", 0, sentence.Length, sentence, "test.rule", 0.9);

    public async Task InitializeAsync()
    {
        var random = new Random(20261127);
        Entity Make(NodeLabel label, string name)
        {
            var entity = Entity.Create(label, name, evidence: [Said($"{name}出现在这里。")]);
            _entities.Add(entity);
            return entity;
        }

        var relations = new Dictionary<string, Relation>(StringComparer.Ordinal);
        void Link(RelationType type, Entity from, Entity to)
        {
            if (from.Id != to.Id)
            {
                var relation = Relation.Create(type, from.Id, to.Id, evidence: [Said($"{from.Name}与{to.Name}有关。")]);
                relations.TryAdd(relation.Id, relation);
            }
        }

        // A province over four cities; firms in cities (most in the first: a hub); products, two of them made by many firms;
        // suppliers, partners and a few clusters; some firms and a lone district left far from everything.
        var province = Make(NodeLabel.District, "岚川省");
        var cities = Enumerable.Range(1, 4).Select(i => Make(NodeLabel.District, $"岚川第{i}市")).ToList();
        var lone = Make(NodeLabel.District, "雾岭县");
        var products = Enumerable.Range(1, 8).Select(i => Make(NodeLabel.Product, $"岚川{i}号部件")).ToList();
        var clusters = Enumerable.Range(1, 3).Select(i => Make(NodeLabel.Cluster, $"岚川第{i}产业集群")).ToList();
        var firms = Enumerable.Range(1, 70).Select(i => Make(NodeLabel.Enterprise, $"岚川{i:D2}号机械有限公司")).ToList();
        foreach (var city in cities)
        {
            Link(RelationType.LOCATED_IN, city, province);
        }

        foreach (var (firm, i) in firms.Select((f, i) => (f, i)))
        {
            if (i >= 64)
            {
                continue; // far from everything, or near only each other
            }

            Link(RelationType.LOCATED_IN, firm, random.Next(3) == 0 ? cities[0] : cities[random.Next(cities.Count)]);
            var made = random.Next(4) == 0 ? products[random.Next(2)] : products[random.Next(products.Count)];
            Link(RelationType.PRODUCES, firm, made);
            if (random.Next(3) == 0)
            {
                Link(RelationType.SUPPLIES, firm, firms[random.Next(64)]);
            }

            if (random.Next(5) == 0)
            {
                Link(RelationType.COOPERATES_WITH, firm, firms[random.Next(64)]);
            }

            if (random.Next(6) == 0)
            {
                Link(RelationType.MEMBER_OF, firm, clusters[random.Next(clusters.Count)]);
            }
        }

        Link(RelationType.SUPPLIES, firms[64], firms[65]);
        Link(RelationType.COOPERATES_WITH, firms[65], firms[64]);
        Link(RelationType.SUPPLIES, firms[65], firms[66]);
        _relations.AddRange(relations.Values);

        _store = await SqliteGraphStore.OpenAsync(_folder.File("paths.db"), 100, CancellationToken.None);
        await _store.WriteAsync(new DocumentGraph(new DocumentInfo("doc-paths", "paths.txt", "sha-paths", ["标题"]), [.. _entities], [.. _relations]),
            CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await _store.DisposeAsync();
        _folder.Dispose();
    }

    [Fact]
    public async Task Every_shortest_path_and_no_other_whatever_the_hubs_between_the_ends()
    {
        var random = new Random(7);
        var lengths = new int[PathQuery.MaxHops + 2];
        for (int pair = 0; pair < 250; pair++)
        {
            var a = _entities[random.Next(_entities.Count)];
            var b = _entities[random.Next(_entities.Count)];
            if (a.Id == b.Id)
            {
                continue;
            }

            var expected = ShortestPaths(a.Id, b.Id);
            var result = await new PathQuery().RunEmbeddedAsync(_store, [a.Name, b.Name], CancellationToken.None, limit: 100_000);
            var reported = result.Rows
                .GroupBy(r => (int)r["path"]!)
                .OrderBy(g => g.Key)
                .Select(g => string.Join(" | ", g.OrderBy(r => (int)r["step"]!).Select(r => $"{r.Text("from")} {r.Text("relation")} {r.Text("to")}")))
                .ToList();
            Assert.True(expected.Order(StringComparer.Ordinal).SequenceEqual(reported.Order(StringComparer.Ordinal)),
                $"{a.Name} → {b.Name}: expected\n{string.Join("\n", expected)}\nreported\n{string.Join("\n", reported)}");
            Assert.All(result.Rows, r => Assert.NotEmpty((IReadOnlyList<EvidenceRow>)r["evidence"]!));
            lengths[expected.Count == 0 ? PathQuery.MaxHops + 1 : expected[0].Split(" | ").Length]++;
        }

        // The graph gives every length and unconnected pairs, so each way through the walk was taken.
        Assert.All(lengths.Skip(1), count => Assert.True(count > 0, string.Join(", ", lengths)));
    }

    [Fact]
    public async Task The_limit_counts_rows_and_keeps_the_first_ones()
    {
        // Two firms of the hub city that make the same hub product are joined by two-hop paths through both.
        var city = _entities.First(e => e.Name == "岚川第1市");
        var inCity = _relations.Where(r => r.Type == RelationType.LOCATED_IN && r.ToId == city.Id).Select(r => r.FromId).ToHashSet();
        var pair = _relations
            .Where(r => r.Type == RelationType.PRODUCES && inCity.Contains(r.FromId))
            .GroupBy(r => r.ToId)
            .Select(g => g.Select(r => r.FromId).ToList())
            .First(g => g.Count >= 2);
        string NameOf(string id) => _entities.First(e => e.Id == id).Name;
        var whole = await new PathQuery().RunEmbeddedAsync(_store, [NameOf(pair[0]), NameOf(pair[1])], CancellationToken.None, limit: 1000);
        Assert.True(whole.Rows.Count >= 4, $"{whole.Rows.Count} rows");

        var first = await new PathQuery().RunEmbeddedAsync(_store, [NameOf(pair[0]), NameOf(pair[1])], CancellationToken.None, limit: 3);
        Assert.Equal(3, first.Rows.Count);
        Assert.Equal(whole.Rows.Take(3).Select(Line), first.Rows.Select(Line));

        static string Line(Row r) =>
            $"{r["path"]} {r["step"]} {r.Text("from")} {r.Text("relation")} {r.Text("to")} "
            + string.Join("/", ((IReadOnlyList<EvidenceRow>)r["evidence"]!).Select(e => e.Sentence));
    }

    /// <summary>Every shortest path from <paramref name="from"/> to <paramref name="to"/> of at most MaxHops edges, each as its edges' names in order.</summary>
    private List<string> ShortestPaths(string from, string to)
    {
        var edges = _relations.Where(r => PathQuery.Followed.Contains(r.Type)).ToList();
        var near = new Dictionary<string, List<(Relation Edge, string Far)>>(StringComparer.Ordinal);
        foreach (var edge in edges)
        {
            foreach (var (here, far) in new[] { (edge.FromId, edge.ToId), (edge.ToId, edge.FromId) })
            {
                if (!near.TryGetValue(here, out var list))
                {
                    near[here] = list = [];
                }

                list.Add((edge, far));
            }
        }

        Dictionary<string, int> Distances(string root)
        {
            var distance = new Dictionary<string, int>(StringComparer.Ordinal) { [root] = 0 };
            var queue = new Queue<string>([root]);
            while (queue.TryDequeue(out var node))
            {
                foreach (var (_, far) in near.GetValueOrDefault(node, []))
                {
                    if (distance.TryAdd(far, distance[node] + 1))
                    {
                        queue.Enqueue(far);
                    }
                }
            }

            return distance;
        }

        var fromStart = Distances(from);
        var toEnd = Distances(to);
        if (!fromStart.TryGetValue(to, out var length) || length > PathQuery.MaxHops)
        {
            return [];
        }

        string NameOf(string id) => _entities.First(e => e.Id == id).Name;
        var paths = new List<string>();
        void Walk(string node, List<Relation> so)
        {
            if (node == to)
            {
                paths.Add(string.Join(" | ", so.Select(e => $"{NameOf(e.FromId)} {e.Type} {NameOf(e.ToId)}")));
                return;
            }

            foreach (var (edge, far) in near.GetValueOrDefault(node, []))
            {
                if (fromStart.GetValueOrDefault(far, -1) == so.Count + 1 && toEnd.GetValueOrDefault(far, -1) == length - so.Count - 1)
                {
                    Walk(far, [.. so, edge]);
                }
            }
        }

        Walk(from, []);
        return paths;
    }
}
