using Graph.Ingest.Extraction;
using Graph.Ingest.Sources;
using Graph.Ingest.Worker;
using Graph.Queries.Catalog;
using Graph.Store;
using Graph.Store.Sqlite;
using Graph.Tests.Shared;
using Microsoft.Extensions.Logging.Abstractions;
using Graph.Ingest.Pipeline;

namespace Graph.Queries.Tests;

/// <summary>The headline question, end to end: seeds → embedded store → "suppliers of 津上精密".</summary>
[Collection(SeedGraphCollection.Name)]
public sealed class SuppliersOfEndToEndTests(SeedGraph seeds)
{
    private readonly SqliteGraphStore _store = seeds.Store;

    private static IngestService NewIngest() =>
        new(new SourceReader(), ExtractionPipeline.CreateDefault(), NullLogger<IngestService>.Instance);

    [Theory]
    [InlineData("津上精密")]
    [InlineData("津上")]
    [InlineData("津上精密机床(浙江)有限公司")]
    [InlineData("津上精密机床（浙江）有限公司")]
    public async Task Liangrui_supplies_Jinshang_under_each_of_its_names(string name)
    {
        var result = await new SuppliersOfQuery().RunEmbeddedAsync(_store, name, CancellationToken.None);
        var row = Assert.Single(result.Rows, r => (string?)r["supplier"] == "嘉兴亮锐精密机械股份有限公司");
        Assert.Equal("津上精密机床(浙江)有限公司", row["customer"]);
        Assert.Equal("机床辅件", row["product"]);
        Assert.Equal("60%", row["share"]);
        var evidence = Assert.IsAssignableFrom<IEnumerable<EvidenceRow>>(row["evidence"]);
        Assert.Contains(evidence, e => e.Sentence.Contains("60%供应给津上精密") && e.Document == "004_b77296d8b7d8ae71.txt");
    }

    [Fact]
    public async Task A_city_name_does_not_match_the_companies_named_after_it()
    {
        var matches = await _store.FindByNameAsync("嘉兴", CancellationToken.None);
        Assert.DoesNotContain(matches, e => e.Label == Graph.Model.NodeLabel.Enterprise);
    }

    [Fact]
    public async Task An_unknown_name_is_reported_with_close_names()
    {
        var error = await Assert.ThrowsAsync<UnknownEntityException>(() =>
            new SuppliersOfQuery().RunEmbeddedAsync(_store, "津上精密股份", CancellationToken.None));
        Assert.Equal("no entity named 津上精密股份", error.Message);
        Assert.Contains("津上精密", error.Suggestions);
    }

    [Fact]
    public async Task Ingesting_the_seeds_again_leaves_the_same_graph()
    {
        var before = await _store.CountAsync(CancellationToken.None);

        var skipped = await NewIngest().IngestAsync(_store, [RepoPaths.Seeds], force: false, progress: null, CancellationToken.None);
        var forced = await NewIngest().IngestAsync(_store, [RepoPaths.Seeds], force: true, progress: null, CancellationToken.None);

        var after = await _store.CountAsync(CancellationToken.None);
        Assert.Equal(5, skipped.Skipped.Count);
        Assert.Equal(5, forced.Written.Count);
        Assert.Equal(before.Documents, after.Documents);
        Assert.Equal(before.Nodes, after.Nodes);
        Assert.Equal(before.Relationships, after.Relationships);
    }
}

/// <summary>The reverse question on the same graph: whom does 亮锐 supply?</summary>
[Collection(SeedGraphCollection.Name)]
public sealed class CustomersOfEndToEndTests(SeedGraph seeds)
{
    private readonly SqliteGraphStore _store = seeds.Store;

    [Theory]
    [InlineData("亮锐")]
    [InlineData("嘉兴亮锐精密机械股份有限公司")]
    public async Task Liangrui_supplies_Jinshang(string name)
    {
        var result = await new CustomersOfQuery().RunEmbeddedAsync(_store, name, CancellationToken.None);
        var row = Assert.Single(result.Rows);
        Assert.Equal("津上精密机床(浙江)有限公司", row["customer"]);
        Assert.Equal("嘉兴亮锐精密机械股份有限公司", row["supplier"]);
    }
}
