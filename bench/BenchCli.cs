using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Graph.Bench.Corpus;
using Graph.Ingest.Places;
using Graph.Store.Neo4j;
using Spectre.Console;

namespace Graph.Bench;

/// <summary>The benchmark's command line: one subcommand per measurement, and <c>all</c>, which runs them and prints one table.</summary>
public static class BenchCli
{
    public static RootCommand Build()
    {
        var root = new RootCommand("Graph benchmark: generated corpora, segmentation, extraction, ingest and query latency, side by side.");
        root.Subcommands.Add(CreateCorpus());
        root.Subcommands.Add(CreateQueries());
        root.Subcommands.Add(CreateNeo4j());
        root.Subcommands.Add(CreateWrite());
        root.Subcommands.Add(CreateGraph());
        root.Subcommands.Add(CreateAll());
        return root;
    }

    private static Command CreateCorpus()
    {
        var articles = new Option<int>("--articles") { Description = "How many articles", Required = true };
        var output = new Option<string>("--out") { Description = "Folder to write the .txt files to", Required = true };
        var seed = SeedOption();
        var command = new Command("corpus", "Write a deterministic synthetic archive of local industry news, one article per .txt file") { articles, output, seed };
        command.SetAction((parse, cancellationToken) =>
        {
            int count = parse.GetValue(articles);
            if (count < 1)
            {
                return Fail("--articles must be at least 1");
            }

            string folder = parse.GetValue(output)!;
            long bytes = new CorpusGenerator(parse.GetValue(seed), Gazetteer.Default).Write(count, folder, cancellationToken);
            Console.WriteLine($"{count} articles, {bytes / 1e6:F1} MB in {folder}");
            return Task.FromResult(0);
        });
        return command;
    }

    private static Command CreateQueries()
    {
        var store = new Option<string>("--store") { Description = "The SQLite store to query", Required = true };
        var runs = new Option<int>("--runs") { Description = "Timed runs per query (after 20 warm-up runs)", DefaultValueFactory = _ => 200 };
        var only = new Option<string?>("--query") { Description = "Only these queries, comma-separated (default: every query of the desk)" };
        var answers = new Option<string?>("--answers")
        {
            Description = "Also write every call's query, arguments and answer (JSON, one line each) to this file: two builds' files are the same when their answers are",
        };
        var seed = SeedOption();
        var command = new Command("queries", "Canned query latency on one store, in process, over random entities of the store; last line is JSON") { store, runs, only, seed, answers };
        command.SetAction(async (parse, cancellationToken) =>
        {
            string path = parse.GetValue(store)!;
            if (!File.Exists(path))
            {
                return await Fail($"no store at {Path.GetFullPath(path)}: build one with `ingest` first");
            }

            var result = await QueryBench.RunAsync(path, Math.Max(1, parse.GetValue(runs)), parse.GetValue(seed), Console.WriteLine, cancellationToken,
                parse.GetValue(only)?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), parse.GetValue(answers));
            Console.WriteLine(result.ToJson());
            return 0;
        });
        return command;
    }

    private static Command CreateNeo4j()
    {
        var pages = new Option<int>("--pages") { Description = "Generated pages to write", DefaultValueFactory = _ => 200 };
        var perPage = new Option<int>("--articles-per-page") { Description = "Articles per page: more rows of a label per document", DefaultValueFactory = _ => 10 };
        var sizes = new Option<string>("--batch-sizes") { Description = "Rows per UNWIND statement to try, comma-separated", DefaultValueFactory = _ => "25,50,100,200,500,1000" };
        var loopback = new Option<bool>("--loopback") { Description = "Write to the loopback test server (client cost only) instead of NEO4J_URI" };
        var command = new Command("neo4j", "Neo4j write throughput (nodes/s, relationships/s, requests, bytes per request) by batch size") { pages, perPage, sizes, loopback };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var graphs = Neo4jBench.Pages(Math.Max(1, parse.GetValue(pages)), Math.Max(1, parse.GetValue(perPage)), 1);
            Neo4jOptions? options = parse.GetValue(loopback) ? null : Neo4jServiceCollectionExtensions.FromEnvironment();
            await Neo4jBench.WriteAsync(graphs, 100, options, cancellationToken); // warm-up: JIT, connections
            var table = new Table().AddColumns("batch size", "documents", "nodes/s", "relationships/s", "requests/s", "bytes/request", "seconds");
            foreach (var size in ParseList(parse.GetValue(sizes)!))
            {
                var f = await Neo4jBench.WriteAsync(graphs, size, options, cancellationToken);
                table.AddRow(Cells(f.BatchSize, f.Documents, f.NodesPerSecond, f.RelationshipsPerSecond, f.RequestsPerSecond, f.BytesPerRequest, f.Elapsed.TotalSeconds));
            }

            AnsiConsole.Write(table);
            return 0;
        });
        return command;
    }

    private static Command CreateWrite()
    {
        var articles = new Option<int>("--articles") { Description = "Generated articles to extract, then write", DefaultValueFactory = _ => 10_000 };
        var store = new Option<string>("--store") { Description = "The SQLite file to (re)create", DefaultValueFactory = _ => Path.Combine(Path.GetTempPath(), "graph-bench-write.db") };
        var perTransaction = new Option<int>("--documents-per-transaction") { DefaultValueFactory = _ => Graph.Store.StoreOptions.DefaultDocumentsPerTransaction };
        var batch = new Option<int>("--batch-size") { Description = "Rows per statement", DefaultValueFactory = _ => 500 };
        var command = new Command("write", "The SQLite write path alone: cost per document at the start and the end of a run") { articles, store, perTransaction, batch };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var f = await WriteBench.RunAsync(Math.Max(1, parse.GetValue(articles)), parse.GetValue(store)!, Math.Max(1, parse.GetValue(perTransaction)),
                Math.Max(1, parse.GetValue(batch)), cancellationToken);
            Console.WriteLine(JsonSerializer.Serialize(new Dictionary<string, object>
            {
                ["documents"] = f.Documents, ["rows"] = f.Rows, ["seconds"] = Math.Round(f.Elapsed.TotalSeconds, 2), ["cpuSeconds"] = Math.Round(f.Cpu.TotalSeconds, 2),
                ["documentsPerS"] = Math.Round(f.Documents / f.Elapsed.TotalSeconds, 1), ["rowsPerS"] = Math.Round(f.Rows / f.Elapsed.TotalSeconds),
                ["firstTenthMsPerDocument"] = Math.Round(f.FirstMsPerDocument, 3), ["lastTenthMsPerDocument"] = Math.Round(f.LastMsPerDocument, 3),
                ["firstTenthCpuMsPerDocument"] = Math.Round(f.FirstCpuMsPerDocument, 3), ["lastTenthCpuMsPerDocument"] = Math.Round(f.LastCpuMsPerDocument, 3),
            }));
            return 0;
        });
        return command;
    }

    private static Command CreateGraph()
    {
        var relationships = new Option<int>("--relationships") { Description = "Write generated articles' graphs until the store holds this many relationships", DefaultValueFactory = _ => 800_000 };
        var store = new Option<string>("--store") { Description = "The SQLite file to (re)create", Required = true };
        var perTransaction = new Option<int>("--documents-per-transaction") { DefaultValueFactory = _ => Graph.Store.StoreOptions.DefaultDocumentsPerTransaction };
        var seed = SeedOption();
        var command = new Command("graph", "A large store fast: generated articles' graphs (no extraction) through the store's document writer") { relationships, store, perTransaction, seed };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var f = await GraphBench.RunAsync(Math.Max(1, parse.GetValue(relationships)), parse.GetValue(store)!, parse.GetValue(seed),
                Math.Max(1, parse.GetValue(perTransaction)), 500, Console.WriteLine, cancellationToken);
            Console.WriteLine(JsonSerializer.Serialize(new Dictionary<string, object>
            {
                ["documents"] = f.Documents, ["relationships"] = f.Relationships, ["entities"] = f.Entities,
                ["seconds"] = Math.Round(f.Elapsed.TotalSeconds, 1), ["cpuSeconds"] = Math.Round(f.Cpu.TotalSeconds, 1),
                ["documentsPerS"] = Math.Round(f.Documents / f.Elapsed.TotalSeconds, 1),
                ["firstTenthMsPerDocument"] = Math.Round(f.FirstMsPerDocument, 3), ["lastTenthMsPerDocument"] = Math.Round(f.LastMsPerDocument, 3),
                ["firstTenthCpuMsPerDocument"] = Math.Round(f.FirstCpuMsPerDocument, 3), ["lastTenthCpuMsPerDocument"] = Math.Round(f.LastCpuMsPerDocument, 3),
            }));
            return 0;
        });
        return command;
    }

    private static Command CreateAll()
    {
        var sizes = new Option<string>("--articles") { Description = "Generated corpus sizes to ingest and query, comma-separated", DefaultValueFactory = _ => "1000,10000,100000" };
        var work = new Option<string>("--work") { Description = "Folder for the corpora, stores and the 20 MB text", DefaultValueFactory = _ => Path.Combine(Path.GetTempPath(), "graph-bench") };
        var nodeJieba = new Option<double?>("--node-jieba-mbps") { Description = "@node-rs/jieba's segmentation MB/s on the same 20 MB text, measured by tools/bench/all.sh just before" };
        var runs = new Option<int>("--runs") { Description = "Timed runs per query per store", DefaultValueFactory = _ => 200 };
        var parallel = new Option<int>("--parallel") { Description = "Extraction threads for the all-cores figures (default: the core count)", DefaultValueFactory = _ => Environment.ProcessorCount };
        var text = new Option<string?>("--text") { Description = "The 20 MB text segmentation and extraction are timed on (default: the seeds repeated, written under --work)" };
        var command = new Command("all", "Every measurement in one run, one table (tools/bench/all.sh adds @node-rs/jieba's figure)") { sizes, work, nodeJieba, runs, parallel, text };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var report = await AllBench.RunAsync(new AllBench.Settings(
                ParseList(parse.GetValue(sizes)!), parse.GetValue(work)!, parse.GetValue(nodeJieba), Math.Max(1, parse.GetValue(runs)),
                Math.Max(1, parse.GetValue(parallel)), parse.GetValue(text)), cancellationToken);
            return report;
        });
        return command;
    }

    internal static string[] Cells(params object[] values) =>
        values.Select(v => v switch
        {
            double d => d.ToString(d >= 100 ? "N0" : "0.00", CultureInfo.InvariantCulture),
            int or long => string.Format(CultureInfo.InvariantCulture, "{0:N0}", v),
            _ => Markup.Escape(v.ToString() ?? ""),
        }).ToArray();

    private static Option<int> SeedOption() => new("--seed") { Description = "Seed: the same seed gives the same corpus and the same draws", DefaultValueFactory = _ => 1 };

    private static int[] ParseList(string value) =>
        value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(v => int.TryParse(v, NumberStyles.Integer, CultureInfo.InvariantCulture, out int n) && n > 0
                ? n : throw new ArgumentException($"'{v}' is not a positive whole number"))
            .ToArray();

    private static Task<int> Fail(string message)
    {
        Console.Error.WriteLine("error: " + message);
        return Task.FromResult(1);
    }

    internal static JsonElement LastJson(IReadOnlyList<string> lines) =>
        JsonDocument.Parse(lines.Last(l => l.TrimStart().StartsWith('{'))).RootElement.Clone();
}
