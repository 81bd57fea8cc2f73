using System.Xml;
using System.Xml.Linq;
using Graph.Queries.Exports;
using Graph.Tests.Shared;

namespace Graph.Queries.Tests.Exports;

[Collection(SeedGraphCollection.Name)]
public sealed class GraphMlExportTests(SeedGraph seeds)
{
    private static readonly XNamespace G = GraphMlExport.Namespace;

    [Fact]
    public async Task The_seed_graph_is_well_formed_graphml_with_keys_declared_before_use_and_edges_between_its_nodes()
    {
        var graph = await ExportFixture.AllAsync(seeds.Store);
        using var folder = new TempFolder();
        await new GraphMlExport().WriteAsync(graph, folder.File("all.graphml"), CancellationToken.None);

        var (nodes, edges) = CheckStructure(folder.File("all.graphml"));
        Assert.Equal(graph.Nodes.Count, nodes);
        Assert.Equal(graph.Edges.Count, edges);
        Assert.True(edges > 50, $"only {edges} edges in the seed graph");
    }

    [Fact]
    public async Task Every_edge_carries_its_evidence_sentences_and_their_documents()
    {
        var graph = await ExportFixture.AllAsync(seeds.Store);
        using var folder = new TempFolder();
        await new GraphMlExport().WriteAsync(graph, folder.File("all.graphml"), CancellationToken.None);

        var xml = XDocument.Load(folder.File("all.graphml"));
        var keys = xml.Root!.Elements(G + "key").Where(k => (string?)k.Attribute("for") == "edge")
            .ToDictionary(k => (string)k.Attribute("attr.name")!, k => (string)k.Attribute("id")!);
        foreach (var edge in xml.Descendants(G + "edge"))
        {
            var data = edge.Elements(G + "data").ToDictionary(d => (string)d.Attribute("key")!, d => d.Value);
            var sentences = data[keys["sentences"]].Split('\n');
            var documents = data[keys["documents"]].Split('\n');
            Assert.Equal(sentences.Length, documents.Length);
            Assert.All(sentences, s => Assert.False(string.IsNullOrWhiteSpace(s)));
            Assert.All(documents, d => Assert.EndsWith(".txt", d));
        }
    }

    [Fact]
    public async Task Names_that_need_escaping_survive_and_a_dangling_relation_is_left_out()
    {
        var graph = ExportFixture.Nasty();
        using var folder = new TempFolder();
        await new GraphMlExport().WriteAsync(graph, folder.File("nasty.graphml"), CancellationToken.None);

        var (nodes, edges) = CheckStructure(folder.File("nasty.graphml"));
        Assert.Equal(3, nodes);
        Assert.Equal(2, edges);
        var text = XDocument.Load(folder.File("nasty.graphml")).Descendants(G + "data").Select(d => d.Value).ToList();
        Assert.Contains(ExportFixture.NastyName, text);
        Assert.Contains(text, t => t.Contains("第二行,完。", StringComparison.Ordinal));
    }

    /// <summary>The structure Gephi and yEd need; returns the node and edge counts.</summary>
    private static (int Nodes, int Edges) CheckStructure(string path)
    {
        var xml = XDocument.Load(path, LoadOptions.None);
        var root = xml.Root!;
        Assert.Equal(G + "graphml", root.Name);
        var children = root.Elements().ToList();
        var graphAt = children.FindIndex(e => e.Name == G + "graph");
        Assert.True(graphAt >= 0, "no <graph>");
        Assert.All(children.Skip(graphAt + 1), e => Assert.NotEqual(G + "key", e.Name));

        var keys = children.Take(graphAt).Where(e => e.Name == G + "key").ToList();
        var keyIds = keys.Select(k => (string)k.Attribute("id")!).ToList();
        Assert.Equal(keyIds.Count, keyIds.Distinct().Count());
        Assert.All(keys, k =>
        {
            Assert.Contains((string?)k.Attribute("for"), new[] { "node", "edge" });
            Assert.Contains((string?)k.Attribute("attr.type"), new[] { "string", "double", "int", "long", "boolean", "float" });
            Assert.False(string.IsNullOrEmpty((string?)k.Attribute("attr.name")));
        });
        var keyFor = keys.ToDictionary(k => (string)k.Attribute("id")!, k => (string)k.Attribute("for")!);

        var graph = children[graphAt];
        Assert.Equal("directed", (string?)graph.Attribute("edgedefault"));
        var nodeIds = graph.Elements(G + "node").Select(n => (string)n.Attribute("id")!).ToList();
        Assert.Equal(nodeIds.Count, nodeIds.Distinct().Count());
        var edges = graph.Elements(G + "edge").ToList();
        var edgeIds = edges.Select(e => (string)e.Attribute("id")!).ToList();
        Assert.Equal(edgeIds.Count, edgeIds.Distinct().Count());
        Assert.Empty(edgeIds.Intersect(nodeIds));
        var known = nodeIds.ToHashSet();
        Assert.All(edges, e =>
        {
            Assert.Contains((string)e.Attribute("source")!, known);
            Assert.Contains((string)e.Attribute("target")!, known);
        });
        foreach (var element in graph.Elements(G + "node").Concat(edges))
        {
            var domain = element.Name.LocalName;
            var used = element.Elements(G + "data").Select(d => (string)d.Attribute("key")!).ToList();
            Assert.Equal(used.Count, used.Distinct().Count());
            Assert.All(used, key => Assert.Equal(domain, keyFor[key]));
        }

        return (nodeIds.Count, edges.Count);
    }
}
