using Graph.Ingest.Extraction;
using Graph.Ingest.Sources;
using Graph.Ingest.Worker;
using Graph.Model;
using Graph.Store.Sqlite;
using Graph.Tests.Shared;
using Microsoft.Extensions.Logging.Abstractions;
using Graph.Ingest.Pipeline;

namespace Graph.Ingest.Tests.Worker;

/// <summary>The streaming ingest writes the same graph whatever the number of extraction threads or documents per transaction.</summary>
public sealed class StreamingIngestTests
{
    private static string[] Corpus => [RepoPaths.Seeds, Path.Combine(RepoPaths.Root, "eval", "dev")];

    [Fact]
    public async Task Parallel_extraction_and_grouped_writes_give_the_single_threaded_graph()
    {
        using var folder = new TempFolder();
        // Windows of 4 documents: the 25 documents make 7 windows, several of them in flight at once with 4 threads.
        var single = await IngestAsync(folder.File("single.db"), new IngestSettings(Parallel: 1, Window: 4, DocumentsPerTransaction: 1));
        var parallel = await IngestAsync(folder.File("parallel.db"), new IngestSettings(Parallel: 4, Window: 4, DocumentsPerTransaction: 3));
        // At most 16 documents per transaction: the first takes 8 (two windows), the next half of what is left, the last the rest.
        var ramped = await IngestAsync(folder.File("ramped.db"), new IngestSettings(Parallel: 3, Window: 4, DocumentsPerTransaction: 16));

        Assert.True(single.Relations.Count > 100, $"only {single.Relations.Count} relations");
        Assert.Equal(single.Entities, parallel.Entities);
        Assert.Equal(single.Relations, parallel.Relations);
        Assert.Equal(single.Documents, parallel.Documents);
        Assert.Equal(single.Entities, ramped.Entities);
        Assert.Equal(single.Relations, ramped.Relations);
    }

    [Fact]
    public async Task Into_a_store_that_holds_names_already_the_lookups_on_the_read_connection_give_the_single_threaded_graph()
    {
        using var folder = new TempFolder();
        // One seed article first, so that the store holds names and the windows look them up (on the read connection,
        // while the writer commits): the lookups must find the names held before the run, not what this run wrote.
        string[] first = [Directory.GetFiles(RepoPaths.Seeds, "*.txt").Order(StringComparer.Ordinal).First()];
        var single = await IngestAsync(folder.File("single.db"), new IngestSettings(Parallel: 1, Window: 4, DocumentsPerTransaction: 1), first, Corpus);
        var parallel = await IngestAsync(folder.File("parallel.db"), new IngestSettings(Parallel: 4, Window: 4, DocumentsPerTransaction: 3), first, Corpus);

        Assert.True(single.Documents > 20, $"only {single.Documents} documents");
        Assert.Equal(single.Entities, parallel.Entities);
        Assert.Equal(single.Relations, parallel.Relations);
    }

    [Fact]
    public async Task Totals_count_what_was_written_and_a_second_run_skips_everything()
    {
        using var folder = new TempFolder();
        await using var store = await SqliteGraphStore.OpenAsync(folder.File("g.db"), 500, CancellationToken.None);
        var service = new IngestService(new SourceReader(), ExtractionPipeline.CreateDefault(), NullLogger<IngestService>.Instance);
        var progress = new List<IngestProgress>();
        var settings = new IngestSettings(Parallel: 2, Window: 4, DocumentsPerTransaction: 5, KeepWritten: false);

        var first = await service.IngestAsync(store, Corpus, force: false, new Recorder(progress), CancellationToken.None, settings);
        var second = await service.IngestAsync(store, Corpus, force: false, null, CancellationToken.None, settings);

        var counts = await store.CountAsync(CancellationToken.None);
        Assert.Equal(counts.Documents, first.Totals.Documents);
        Assert.Empty(first.Written); // totals only: nothing kept per document
        Assert.True(first.Totals.Relationships >= counts.RelationshipTotal, "every relationship the store holds was written once at least");
        Assert.Equal(counts.Documents, progress[^1].Documents);
        Assert.Equal(progress[^1].TotalBytes, progress[^1].Bytes);
        Assert.Equal(0, second.Totals.Documents);
        Assert.Equal(counts.Documents, second.Skipped.Count);
    }

    private static async Task<Snapshot> IngestAsync(string path, IngestSettings settings, params string[][] batches)
    {
        await using var store = await SqliteGraphStore.OpenAsync(path, 7, CancellationToken.None);
        var service = new IngestService(new SourceReader(), ExtractionPipeline.CreateDefault(), NullLogger<IngestService>.Instance);
        foreach (var batch in batches.Length == 0 ? [Corpus] : batches)
        {
            await service.IngestAsync(store, batch, force: false, null, CancellationToken.None, settings);
        }

        var entities = new List<string>();
        var names = new Dictionary<string, string>();
        foreach (var label in Enum.GetValues<NodeLabel>())
        {
            foreach (var (name, aliases) in await store.NamesAsync(label, CancellationToken.None))
            {
                entities.Add($"{label} {name} [{string.Join(",", aliases.Order(StringComparer.Ordinal))}]");
                names[StableId.ForEntity(label, name)] = name;
            }
        }

        var relations = new List<string>();
        foreach (var type in Enum.GetValues<RelationType>())
        {
            foreach (var r in await store.RelationsAsync(type, null, null, CancellationToken.None))
            {
                relations.Add($"{type} {names.GetValueOrDefault(r.FromId, r.FromId)} -> {names.GetValueOrDefault(r.ToId, r.ToId)} {string.Join(",", r.Attributes)} {r.Evidence.Length}");
            }
        }

        entities.Sort(StringComparer.Ordinal);
        relations.Sort(StringComparer.Ordinal);
        return new Snapshot(entities, relations, (await store.CountAsync(CancellationToken.None)).Documents);
    }

    private sealed record Snapshot(List<string> Entities, List<string> Relations, int Documents)
    {
        public bool Equals(Snapshot? other) => other is not null && Entities.SequenceEqual(other.Entities) && Relations.SequenceEqual(other.Relations) && Documents == other.Documents;

        public override int GetHashCode() => Documents;
    }

    private sealed class Recorder(List<IngestProgress> seen) : IProgress<IngestProgress>
    {
        public void Report(IngestProgress value)
        {
            lock (seen)
            {
                seen.Add(value);
            }
        }
    }
}
