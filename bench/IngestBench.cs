using Graph.Store.Sqlite;

namespace Graph.Bench;

/// <summary>One `ingest` of a generated corpus into a fresh SQLite store.</summary>
internal sealed record IngestFigures(int Articles, long Bytes, TimeSpan Elapsed, long PeakRssBytes, int Documents, int Nodes, int Relationships)
{
    public double MegabytesPerSecond => Bytes / 1e6 / Elapsed.TotalSeconds;

    public double DocumentsPerSecond => Documents / Elapsed.TotalSeconds;

    public double RelationshipsPerSecond => Relationships / Elapsed.TotalSeconds;
}

/// <summary>Runs the product's own `ingest` (Graph.Ingest.dll beside this program) as a child process and reads the store it wrote.</summary>
internal static class IngestBench
{
    public static async Task<IngestFigures> RunAsync(string corpus, int articles, string store, IEnumerable<string> extraArguments, CancellationToken cancellationToken)
    {
        foreach (var file in new[] { store, store + "-wal", store + "-shm" })
        {
            File.Delete(file);
        }

        long bytes = Directory.EnumerateFiles(corpus, "*.txt").Sum(f => new FileInfo(f).Length);
        var run = await ChildProcess.RunAsync("Graph.Ingest.dll", ["ingest", corpus, "--store", store, .. extraArguments], cancellationToken);
        if (run.ExitCode != 0)
        {
            throw new InvalidOperationException($"ingest exited with {run.ExitCode}:\n{string.Join('\n', run.Output.TakeLast(10))}");
        }

        await using var opened = await SqliteGraphStore.OpenAsync(store, 500, cancellationToken);
        var counts = await opened.CountAsync(cancellationToken);
        return new IngestFigures(articles, bytes, run.Elapsed, run.PeakRssBytes, counts.Documents, counts.NodeTotal, counts.RelationshipTotal);
    }
}
