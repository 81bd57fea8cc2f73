using System.Diagnostics;
using Graph.Bench.Corpus;
using Graph.Ingest.Places;
using Graph.Store;
using Graph.Store.Sqlite;

namespace Graph.Bench;

/// <summary>What building a generated store cost: documents, rows, time (wall and CPU), and the write cost per document early and late.</summary>
internal sealed record GraphFigures(int Documents, int Relationships, int Entities, TimeSpan Elapsed, TimeSpan Cpu, double FirstMsPerDocument, double LastMsPerDocument)
{
    /// <summary>CPU time of the writing thread per document over the first and the last tenth (Linux; NaN elsewhere): what load does not stretch.</summary>
    public double FirstCpuMsPerDocument { get; init; }

    public double LastCpuMsPerDocument { get; init; }
}

/// <summary>
/// A large store fast: the generated archive's graphs (<see cref="GraphGenerator"/>, no text, no extraction) written
/// through the store's own document writer, in transactions of <c>perTransaction</c> documents, until the store
/// holds <c>relationships</c> relationships. Each transaction is timed, so the first and last tenth of the documents
/// show whether a write costs more as the store grows.
/// </summary>
internal static class GraphBench
{
    public static async Task<GraphFigures> RunAsync(int relationships, string path, int seed, int perTransaction, int batchSize,
        Action<string> progress, CancellationToken cancellationToken)
    {
        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
        {
            File.Delete(file);
        }

        var generator = new GraphGenerator(seed, Gazetteer.Default);
        await using var store = await SqliteGraphStore.OpenAsync(path, batchSize, cancellationToken);
        var perDocument = new List<double>();
        var cpuPerDocument = new List<double>();
        long written = 0, counted = 0;
        int article = 0;
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var lastReport = TimeSpan.Zero;
        while (counted < relationships)
        {
            var graphs = Enumerable.Range(article, perTransaction).Select(generator.Article).ToList();
            article += perTransaction;
            double cpuStarted = ThreadCpu.Milliseconds();
            long started = Stopwatch.GetTimestamp();
            var results = await store.WriteAsync(graphs, cancellationToken);
            double ms = Stopwatch.GetElapsedTime(started).TotalMilliseconds / graphs.Count;
            perDocument.AddRange(Enumerable.Repeat(ms, graphs.Count));
            cpuPerDocument.AddRange(Enumerable.Repeat((ThreadCpu.Milliseconds() - cpuStarted) / graphs.Count, graphs.Count));
            // Rows written count changed attributes too: the store's own count decides when to stop.
            written += results.Sum(r => r.Relationships.Values.Sum());
            if (written >= relationships)
            {
                written = counted = (await store.CountAsync(cancellationToken)).RelationshipTotal;
            }

            if (clock.Elapsed - lastReport > TimeSpan.FromSeconds(30))
            {
                lastReport = clock.Elapsed;
                progress($"{article:N0} documents, ≈ {written:N0} relationships, {clock.Elapsed.TotalSeconds:F0} s, {ms:F2} ms per document now");
            }
        }

        var elapsed = clock.Elapsed;
        var cpuUsed = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        var counts = await store.CountAsync(cancellationToken);
        int tenth = Math.Max(1, perDocument.Count / 10);
        return new GraphFigures(article, counts.RelationshipTotal, counts.NodeTotal, elapsed, cpuUsed,
            perDocument.Take(tenth).Average(), perDocument.TakeLast(tenth).Average())
        {
            FirstCpuMsPerDocument = cpuPerDocument.Take(tenth).Average(),
            LastCpuMsPerDocument = cpuPerDocument.TakeLast(tenth).Average(),
        };
    }
}
