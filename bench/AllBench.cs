using System.Globalization;
using System.Text.Json;
using Graph.Bench.Corpus;
using Graph.Ingest.Places;
using Spectre.Console;

namespace Graph.Bench;

/// <summary>
/// <c>bench all</c>: segmentation and extraction speed on one text (beside @node-rs/jieba's figure when given), then
/// for each corpus size a generated corpus ingested into a fresh SQLite store (time, documents/s, relationships/s,
/// peak RSS) and canned query latency on that store; one table, then one JSON line with every figure.
/// </summary>
internal static class AllBench
{
    public sealed record Settings(int[] Sizes, string Work, double? NodeJiebaMbPerS, int Runs, int Parallel, string? Text);

    public static async Task<int> RunAsync(Settings settings, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(settings.Work);
        var rows = new List<string[]>();
        var json = new Dictionary<string, object?>
        {
            ["machine"] = $"{Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}",
            ["nodeJiebaMbPerS"] = settings.NodeJiebaMbPerS,
        };
        void Row(string what, string figure, string detail)
        {
            rows.Add([what, figure, detail]);
            AnsiConsole.MarkupLineInterpolated($"[grey]{what}: {figure} {detail}[/]");
        }

        string text = settings.Text ?? SeedText(settings.Work);
        double megabytes = new FileInfo(text).Length / 1e6;
        double? node = settings.NodeJiebaMbPerS;
        string Ratio(double mbPerS) => node is { } n ? string.Create(CultureInfo.InvariantCulture, $"{mbPerS / n:F2}× @node-rs/jieba") : "";

        if (node is { } nodeMbPerS)
        {
            Row("segmentation, @node-rs/jieba 2.0.3", Mb(nodeMbPerS), $"{megabytes:F1} MB text, single thread");
        }

        double segment = await IngestMbPerS(["bench", "segment", text], cancellationToken);
        Row("segmentation, this segmenter", Mb(segment), Ratio(segment));
        json["segmentMbPerS"] = segment;
        double extract = await IngestMbPerS(["bench", "extract", text], cancellationToken);
        Row("extraction, 1 thread", Mb(extract), Ratio(extract));
        json["extractMbPerS"] = extract;
        double extractAll = await IngestMbPerS(["bench", "extract", text, "--parallel", settings.Parallel.ToString(CultureInfo.InvariantCulture)], cancellationToken);
        Row($"extraction, {settings.Parallel} threads", Mb(extractAll), Ratio(extractAll));
        json["extractAllCoresMbPerS"] = extractAll;

        var ingests = new List<IngestFigures>();
        var latencies = new Dictionary<string, object>();
        foreach (int size in settings.Sizes)
        {
            string corpus = Path.Combine(settings.Work, $"corpus-{size}");
            EnsureCorpus(corpus, size, cancellationToken);
            string store = Path.Combine(settings.Work, $"store-{size}.db");
            var f = await IngestBench.RunAsync(corpus, size, store, [], cancellationToken);
            ingests.Add(f);
            Row($"ingest {size:N0} articles ({f.Bytes / 1e6:F0} MB) into SQLite",
                string.Create(CultureInfo.InvariantCulture, $"{f.MegabytesPerSecond:F2} MB/s, {f.DocumentsPerSecond:F0} docs/s, {f.RelationshipsPerSecond:F0} rel/s"),
                string.Create(CultureInfo.InvariantCulture, $"{f.Elapsed.TotalSeconds:F0} s, peak RSS {f.PeakRssBytes / 1e6:F0} MB, {f.Relationships:N0} relationships"));
            var q = await QueryBench.RunAsync(store, settings.Runs, 1, _ => { }, cancellationToken, QueryBench.Canned);
            foreach (var (name, l) in q.ByQuery)
            {
                Row($"  {name} on {q.Relationships:N0} relationships", Ms(l), "");
            }

            Row($"  all queries on {q.Relationships:N0} relationships", Ms(q.Pooled), $"{q.Queries} queries");
            latencies[size.ToString(CultureInfo.InvariantCulture)] = JsonSerializer.Deserialize<JsonElement>(q.ToJson());
        }

        json["ingest"] = ingests.Select(f => new Dictionary<string, object>
        {
            ["articles"] = f.Articles, ["bytes"] = f.Bytes, ["seconds"] = Math.Round(f.Elapsed.TotalSeconds, 2),
            ["mbPerS"] = Math.Round(f.MegabytesPerSecond, 3), ["documentsPerS"] = Math.Round(f.DocumentsPerSecond, 1),
            ["relationshipsPerS"] = Math.Round(f.RelationshipsPerSecond, 1), ["peakRssMb"] = Math.Round(f.PeakRssBytes / 1e6, 1),
            ["documents"] = f.Documents, ["nodes"] = f.Nodes, ["relationships"] = f.Relationships,
        }).ToList();
        json["queries"] = latencies;
        for (int i = 1; i < ingests.Count; i++)
        {
            var (small, large) = (ingests[i - 1], ingests[i]);
            double time = large.Elapsed / small.Elapsed;
            double memory = (double)large.PeakRssBytes / small.PeakRssBytes;
            Row($"{large.Articles:N0} ÷ {small.Articles:N0} articles",
                string.Create(CultureInfo.InvariantCulture, $"time ×{time:F2}, peak RSS ×{memory:F2}"),
                string.Create(CultureInfo.InvariantCulture, $"data ×{(double)large.Bytes / small.Bytes:F2}"));
        }

        if (Console.IsOutputRedirected)
        {
            AnsiConsole.Profile.Width = 200; // one row per line in logs and files, not 80 columns of wrapping
        }

        var table = new Table().AddColumns("measurement", "figure", "detail");
        rows.ForEach(r => table.AddRow(r.Select(Markup.Escape).ToArray()));
        AnsiConsole.Write(table);
        Console.WriteLine(JsonSerializer.Serialize(json));
        return 0;
    }

    private static string Mb(double mbPerS) => string.Create(CultureInfo.InvariantCulture, $"{mbPerS:F2} MB/s");

    private static string Ms(Latency l) => string.Create(CultureInfo.InvariantCulture, $"p50 {l.P50Ms:F2} / p95 {l.P95Ms:F2} / p99 {l.P99Ms:F2} ms");

    /// <summary>Runs Graph.Ingest.dll with the arguments and returns the mbPerS of its last JSON line.</summary>
    private static async Task<double> IngestMbPerS(string[] arguments, CancellationToken cancellationToken)
    {
        var run = await ChildProcess.RunAsync("Graph.Ingest.dll", arguments, cancellationToken);
        if (run.ExitCode != 0)
        {
            throw new InvalidOperationException($"Graph.Ingest {string.Join(' ', arguments)} exited with {run.ExitCode}:\n{string.Join('\n', run.Output.TakeLast(10))}");
        }

        return BenchCli.LastJson(run.Output).GetProperty("mbPerS").GetDouble();
    }

    /// <summary>(Re)writes the corpus unless the folder holds exactly this one (its stamp names the generator, seed and size).</summary>
    private static void EnsureCorpus(string folder, int articles, CancellationToken cancellationToken)
    {
        string stamp = Path.Combine(folder, "corpus.stamp");
        string expected = $"{CorpusGenerator.Version} seed 1, {articles} articles";
        if (File.Exists(stamp) && File.ReadAllText(stamp) == expected)
        {
            return;
        }

        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        new CorpusGenerator(1, Gazetteer.Default).Write(articles, folder, cancellationToken);
        File.WriteAllText(stamp, expected);
    }

    /// <summary>The seeds repeated to 20 MB (as tools/jieba-reference/bench.sh makes it), from the seeds/ folder above the working directory.</summary>
    private static string SeedText(string work)
    {
        string? seeds = null;
        for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null && seeds is null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "seeds");
            seeds = File.Exists(Path.Combine(dir.FullName, "Graph.sln")) && Directory.Exists(candidate) ? candidate : null;
        }

        if (seeds is null)
        {
            throw new ArgumentException("no seeds/ folder above the working directory: run from the repository, or give --text FILE");
        }

        var once = string.Concat(Directory.GetFiles(seeds, "*.txt").Order(StringComparer.Ordinal)
            .Select(File.ReadAllText).Select(t => t.EndsWith('\n') ? t : t + "\n"));
        string path = Path.Combine(work, "seeds-20mb.txt");
        using var writer = new StreamWriter(path, append: false, new System.Text.UTF8Encoding(false));
        long bytes = 0, once8 = System.Text.Encoding.UTF8.GetByteCount(once);
        while (bytes < 20_000_000)
        {
            writer.Write(once);
            bytes += once8;
        }

        return path;
    }
}
