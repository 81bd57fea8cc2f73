using Graph.Model;
using Graph.Queries.Catalog;
using Graph.Queries.Exports;
using Graph.Store;
using Graph.Tests.Shared;

namespace Graph.Queries.Tests.Exports;

[Collection(SeedGraphCollection.Name)]
public sealed class ExportCommandTests(SeedGraph seeds)
{
    [Fact]
    public async Task A_query_export_holds_the_answers_entities_and_the_edges_that_state_it()
    {
        var query = new CustomersOfQuery();
        var input = await QueryInput.ResolveAsync(query, seeds.Store, ["金连接"], null, QueryInput.DefaultLimit, CancellationToken.None);
        var result = await query.RunEmbeddedAsync(seeds.Store, input, CancellationToken.None);
        var graph = await new SubgraphReader(seeds.Store).OfAnswerAsync(query, input, result, CancellationToken.None);

        var names = graph.Nodes.Select(n => n.Name).ToList();
        Assert.Contains(input.Entity("name").Name, names);
        Assert.All(result.Rows, r => Assert.Contains(r.Text("customer"), names));
        var supplies = graph.Edges.Where(e => e.Type == RelationType.SUPPLIES).ToList();
        Assert.Equal(result.Rows.Count, supplies.Count);
        Assert.All(supplies, e => Assert.Equal(input.Entity("name").Id, e.FromId));
    }

    [Fact]
    public async Task Depth_counts_hops_from_the_entity()
    {
        var root = Assert.Single(await seeds.Store.FindByNameAsync("亮锐", CancellationToken.None));
        var reader = new SubgraphReader(seeds.Store);
        var alone = await reader.AroundAsync(root, 0, CancellationToken.None);
        var one = await reader.AroundAsync(root, 1, CancellationToken.None);
        var two = await reader.AroundAsync(root, 2, CancellationToken.None);

        Assert.Equal([root.Id], alone.Nodes.Select(n => n.Id));
        var neighbours = (await seeds.Store.RelationsOfAsync([root.Id], CancellationToken.None)).SelectMany(r => new[] { r.FromId, r.ToId }).Append(root.Id).Distinct().Order(StringComparer.Ordinal);
        Assert.Equal(neighbours, one.Nodes.Select(n => n.Id));
        Assert.True(two.Nodes.Count > one.Nodes.Count);
        // 亮锐 → 平湖市 (stated: 搬到了平湖) → 嘉兴市 (gazetteer): the city is two hops away
        Assert.Contains("嘉兴市", two.Nodes.Select(n => n.Name));
        Assert.DoesNotContain("嘉兴市", one.Nodes.Select(n => n.Name));
    }

    [Fact]
    public async Task The_cli_exports_a_query_answer_as_json()
    {
        using var folder = new TempFolder();
        var code = await Run("export", "--query", "suppliers-of", "--format", "json", "--out", folder.File("q.json"), "--store", seeds.Path, "--", "津上精密");

        Assert.Equal(0, code);
        var file = InterchangeFile.Read(folder.File("q.json"));
        var supplies = Assert.Single(file.Relations, r => r.Type == "SUPPLIES");
        Assert.Equal("嘉兴亮锐精密机械股份有限公司", file.Entities.Single(e => e.Id == supplies.From).Name);
        Assert.False(string.IsNullOrEmpty(supplies.Evidence));
    }

    [Theory]
    [InlineData("export", "--format", "html", "--out", "x.html")]
    [InlineData("export", "a", "b", "--format", "html", "--out", "x.html")]
    [InlineData("export", "--all", "亮锐", "--format", "html", "--out", "x.html")]
    [InlineData("export", "--query", "no-such-query", "--format", "html", "--out", "x.html")]
    [InlineData("export", "亮锐", "--depth", "9", "--format", "html", "--out", "x.html")]
    public async Task Usage_mistakes_exit_2(params string[] args) => Assert.Equal(2, await Run([.. args, "--store", seeds.Path]));

    [Fact]
    public async Task An_unknown_name_exits_1_and_writes_nothing()
    {
        using var folder = new TempFolder();
        Assert.Equal(1, await Run("export", "没有这家公司", "--format", "graphml", "--out", folder.File("x.graphml"), "--store", seeds.Path));
        Assert.False(File.Exists(folder.File("x.graphml")));
    }

    private static async Task<int> Run(params string[] args)
    {
        var error = Console.Error;
        Console.SetError(TextWriter.Null);
        try
        {
            return await QueriesCli.Build().Parse(args).InvokeAsync();
        }
        finally
        {
            Console.SetError(error);
        }
    }
}
