using Graph.Ingest.Extraction;
using Graph.Ingest.Pipeline;
using Graph.Ingest.Resolution;
using Graph.Ingest.Sources;
using Graph.Ingest.Worker;
using Graph.Model;
using Graph.Store;
using Graph.Store.Sqlite;
using Graph.Tests.Shared;
using Microsoft.Extensions.Logging.Abstractions;

namespace Graph.Ingest.Tests.Worker;

/// <summary>The place hierarchy across documents: a District that arrives later goes between the places already held, and leaves with its document.</summary>
public sealed class PlaceRelinkTests
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    private static async Task<HashSet<string>> PlaceEdgesAsync(IGraphStore store)
    {
        var held = await store.ToInterchangeAsync(Ct);
        var names = held.Entities.ToDictionary(e => e.Id, e => e.Name);
        return held.Relations.Where(r => r.Type == "LOCATED_IN").Select(r => $"{names[r.From]}->{names[r.To]}").ToHashSet();
    }

    [Fact]
    public async Task A_city_that_arrives_later_goes_between_district_and_province_and_retracting_it_restores_the_edge()
    {
        using var folder = new TempFolder();
        await File.WriteAllTextAsync(folder.File("1.txt"), "产业新闻\n\n广东省龙岗区的制造业企业越来越多。\n");
        await File.WriteAllTextAsync(folder.File("2.txt"), "城市新闻\n\n深圳市发布了新的产业政策。\n");
        await using var store = await SqliteGraphStore.OpenAsync(folder.File("g.db"), 500, Ct);
        var service = new IngestService(new SourceReader(), ExtractionPipeline.CreateDefault(), NullLogger<IngestService>.Instance);

        await service.IngestAsync(store, [folder.File("1.txt")], force: false, progress: null, Ct);
        Assert.Equal(["龙岗区->广东省"], await PlaceEdgesAsync(store));

        await service.IngestAsync(store, [folder.File("2.txt")], force: false, progress: null, Ct);
        Assert.Equal(["深圳市->广东省", "龙岗区->深圳市"], (await PlaceEdgesAsync(store)).Order());

        // Written again (--force), the city keeps its place: the edge it gets from the batch and the one the store adds agree.
        await service.IngestAsync(store, [folder.File("2.txt")], force: true, progress: null, Ct);
        Assert.Equal(["深圳市->广东省", "龙岗区->深圳市"], (await PlaceEdgesAsync(store)).Order());

        await StoreIdentity.CreateDefault().RetractAsync(store, "2.txt", Ct);
        Assert.Equal(["龙岗区->广东省"], await PlaceEdgesAsync(store));
    }

    [Fact]
    public async Task Ingested_in_either_order_the_two_documents_give_the_hierarchy_of_one_batch()
    {
        using var folder = new TempFolder();
        await File.WriteAllTextAsync(folder.File("1.txt"), "产业新闻\n\n广东省龙岗区的制造业企业越来越多。\n");
        await File.WriteAllTextAsync(folder.File("2.txt"), "城市新闻\n\n深圳市发布了新的产业政策。\n");
        var service = new IngestService(new SourceReader(), ExtractionPipeline.CreateDefault(), NullLogger<IngestService>.Instance);
        var results = new List<HashSet<string>>();
        foreach (var order in new[] { new[] { "1.txt", "2.txt" }, ["2.txt", "1.txt"] })
        {
            await using var store = await SqliteGraphStore.OpenAsync(folder.File(string.Concat(order) + ".db"), 500, Ct);
            foreach (var file in order)
            {
                await service.IngestAsync(store, [folder.File(file)], force: false, progress: null, Ct);
            }

            results.Add(await PlaceEdgesAsync(store));
        }

        await using (var batch = await SqliteGraphStore.OpenAsync(folder.File("batch.db"), 500, Ct))
        {
            await service.IngestAsync(batch, [folder.File("1.txt"), folder.File("2.txt")], force: false, progress: null, Ct);
            results.Add(await PlaceEdgesAsync(batch));
        }

        Assert.All(results, r => Assert.Equal(["深圳市->广东省", "龙岗区->深圳市"], r.Order()));
    }
}
