using System.Diagnostics;
using Graph.Bench.Corpus;
using Graph.Ingest.Pipeline;
using Graph.Ingest.Places;
using Graph.Ingest.Sources;
using Graph.Model;
using Graph.Store;
using Graph.Store.Sqlite;

namespace Graph.Bench;

/// <summary>What writing extracted graphs into a fresh SQLite store cost, at the start and at the end of the run.</summary>
internal sealed record WriteFigures(int Documents, int Rows, TimeSpan Elapsed, TimeSpan Cpu, double FirstMsPerDocument, double LastMsPerDocument)
{
    /// <summary>CPU time of the writing thread per document over the first and the last tenth (Linux; NaN elsewhere): what load does not stretch.</summary>
    public double FirstCpuMsPerDocument { get; init; }

    public double LastCpuMsPerDocument { get; init; }
}

/// <summary>
/// The SQLite write path alone: generated articles are extracted first (in windows, on all cores), then written in
/// transactions of <c>perTransaction</c> documents, each transaction timed; the first and the last tenth of the
/// documents give the cost per document at the start and at the end (equal when writes do not grow with the store).
/// </summary>
internal static class WriteBench
{
    public static async Task<WriteFigures> RunAsync(int articles, string path, int perTransaction, int batchSize, CancellationToken cancellationToken)
    {
        var generator = new CorpusGenerator(1, Gazetteer.Default);
        var windows = Enumerable.Range(0, (articles + 31) / 32).ToArray();
        var graphs = new DocumentGraph[windows.Length][];
        Parallel.ForEach(windows, new ParallelOptions { CancellationToken = cancellationToken }, () => ExtractionPipeline.CreateDefault(), (w, _, pipeline) =>
        {
            var sources = Enumerable.Range(w * 32, Math.Min(32, articles - (w * 32)))
                .Select(a => SourceDocument.FromText(CorpusGenerator.FileName(a), generator.Article(a))).ToList();
            graphs[w] = [.. pipeline.Run(sources).Graphs];
            return pipeline;
        }, _ => { });

        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
        {
            File.Delete(file);
        }

        var store = await SqliteGraphStore.OpenAsync(path, batchSize, cancellationToken);
        var all = graphs.SelectMany(g => g).ToList();
        var perDocument = new double[all.Count];
        var cpuPerDocument = new double[all.Count];
        int rows = 0;
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        try
        {
            foreach (var (chunk, index) in all.Chunk(perTransaction).Select((c, i) => (c, i)))
            {
                double cpuStarted = ThreadCpu.Milliseconds();
                long started = Stopwatch.GetTimestamp();
                var results = await store.WriteAsync(chunk, cancellationToken);
                double ms = Stopwatch.GetElapsedTime(started).TotalMilliseconds / chunk.Length;
                Array.Fill(perDocument, ms, index * perTransaction, chunk.Length);
                Array.Fill(cpuPerDocument, (ThreadCpu.Milliseconds() - cpuStarted) / chunk.Length, index * perTransaction, chunk.Length);
                rows += results.Sum(r => r.Nodes.Values.Sum() + r.Relationships.Values.Sum());
            }
        }
        finally
        {
            // Closing is part of the write: the store merges what its search index left pending (SqliteSchema.PendingMerge).
            await store.DisposeAsync();
        }

        var elapsed = clock.Elapsed;
        var cpuUsed = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        int tenth = Math.Max(1, all.Count / 10);
        return new WriteFigures(all.Count, rows, elapsed, cpuUsed, perDocument.Take(tenth).Average(), perDocument.TakeLast(tenth).Average())
        {
            FirstCpuMsPerDocument = cpuPerDocument.Take(tenth).Average(),
            LastCpuMsPerDocument = cpuPerDocument.TakeLast(tenth).Average(),
        };
    }
}
