using Graph.Ingest.Pipeline;
using Graph.Ingest.Sources;
using Graph.Ingest.Worker;
using Graph.Model;
using Graph.Store;
using Graph.Store.Sqlite;
using Graph.Tests.Shared;
using Microsoft.Extensions.Logging.Abstractions;

namespace Graph.Ingest.Tests.Worker;

/// <summary>
/// One event, one node across documents: a signing told under a firm's short name, and by another paper under its full
/// name, is one Event once the short name merges into the full one — in either order of ingestion (invented names).
/// </summary>
public sealed class EventMergeTests
{
    private static readonly CancellationToken Ct = CancellationToken.None;


    [Fact]
    public async Task A_signing_told_under_the_short_name_and_under_the_full_name_is_one_event_in_either_order()
    {
        using var folder = new TempFolder();
        await File.WriteAllTextAsync(folder.File("1.txt"), "产业新闻\n\n昨天上午,华锐精工与临江星河汽车有限公司签署战略合作协议。\n");
        await File.WriteAllTextAsync(folder.File("2.txt"), "经济新闻\n\n7月3日上午,苏州华锐精工机械有限公司与临江星河汽车有限公司签署战略合作协议。\n");
        var service = new IngestService(new SourceReader(), ExtractionPipeline.CreateDefault(new DateOnly(2026, 7, 4)), NullLogger<IngestService>.Instance);
        foreach (var order in new[] { new[] { "1.txt", "2.txt" }, ["2.txt", "1.txt"] })
        {
            await using var store = await SqliteGraphStore.OpenAsync(folder.File(string.Concat(order) + ".db"), 500, Ct);
            var firstEvents = new List<string>();
            foreach (var file in order)
            {
                await service.IngestAsync(store, [folder.File(file)], force: false, progress: null, Ct);
                firstEvents.AddRange((await store.ToInterchangeAsync(Ct)).Entities.Where(e => e.Type == nameof(NodeLabel.Event)).Select(e => e.Id));
            }

            var held = await store.ToInterchangeAsync(Ct);
            var signing = Assert.Single(held.Entities, e => e.Type == nameof(NodeLabel.Event));
            var names = held.Entities.ToDictionary(e => e.Id, e => e.Name);
            var parties = (await store.RelationsAsync(RelationType.PARTICIPATES_IN, null, signing.Id, Ct)).Select(r => names[r.FromId]).Order().ToList();
            Assert.Equal(["临江星河汽车有限公司", "苏州华锐精工机械有限公司"], parties);
            Assert.Equal(["1.txt", "2.txt"], signing.Files!.Order());
            // Every id the event had on the way reads as the event it became.
            foreach (var id in firstEvents.Distinct())
            {
                Assert.Equal(signing.Id, (await store.EntitiesAsync([id], Ct))[id].Id);
            }
        }
    }
}
