using Graph.Ingest.Evaluation;
using Graph.Ingest.Extraction;
using Graph.Ingest.Pipeline;
using Graph.Ingest.Sources;
using Graph.Ingest.Worker;
using Graph.Store;
using Graph.Store.Sqlite;
using Graph.Tests.Shared;
using Microsoft.Extensions.Logging.Abstractions;
using Xunit.Abstractions;

namespace Graph.Ingest.Tests.Worker;

/// <summary>
/// The same graph whatever order the articles arrive in (issue 9's done-when): seeds + eval/dev ingested one file at a
/// time, in name order and in reverse, and all in one batch, score within 0.01 of `extract` over the same files, and
/// hold the same (label, name) and (type, from name, to name) sets.
/// </summary>
public sealed class OrderIndependenceTests(ITestOutputHelper output)
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    [Fact]
    public async Task One_file_at_a_time_in_either_order_gives_the_graph_of_one_batch()
    {
        using var folder = new TempFolder();
        var dev = Path.Combine(RepoPaths.Root, "eval", "dev");
        var files = Directory.EnumerateFiles(RepoPaths.Seeds, "*.txt").Concat(Directory.EnumerateFiles(dev, "*.txt"))
            .OrderBy(Path.GetFileName, StringComparer.Ordinal).ToList();
        var gold = InterchangeFile.Merge([InterchangeFile.Read(RepoPaths.Gold), InterchangeFile.Read(Path.Combine(dev, "gold.json"))])
            .RestrictTo(files.Select(f => Path.GetFileName(f)).ToHashSet(StringComparer.Ordinal));
        var pipeline = ExtractionPipeline.CreateDefault();
        var service = new IngestService(new SourceReader(), pipeline, NullLogger<IngestService>.Instance);

        var (documents, _) = await new SourceReader().ReadAllAsync(files, Ct);
        var extracted = Scorer.Score(gold, InterchangeFile.FromGraphs(pipeline.Run(documents, cancellationToken: Ct).Graphs));
        output.WriteLine($"extract: {extracted.Summary}");

        var graphs = new List<(string Name, InterchangeFile Held)>();
        foreach (var (name, batches) in new[]
        {
            ("one at a time, name order", files.Select(f => new[] { f }).ToList()),
            ("one at a time, reverse order", files.AsEnumerable().Reverse().Select(f => new[] { f }).ToList()),
            ("one batch", [[RepoPaths.Seeds, dev]]),
        })
        {
            await using var store = await SqliteGraphStore.OpenAsync(folder.File(graphs.Count + ".db"), 500, Ct);
            foreach (var batch in batches)
            {
                await service.IngestAsync(store, batch, force: false, progress: null, Ct);
            }

            var held = await store.ToInterchangeAsync(Ct);
            var score = Scorer.Score(gold, held);
            output.WriteLine($"{name}: {score.Summary}");
            Assert.InRange(score.Entities.F1, extracted.Entities.F1 - 0.01, extracted.Entities.F1 + 0.01);
            Assert.InRange(score.Relations.F1, extracted.Relations.F1 - 0.01, extracted.Relations.F1 + 0.01);
            graphs.Add((name, held));
        }

        var (_, first) = graphs[0];
        foreach (var (name, held) in graphs.Skip(1))
        {
            Assert.True(Entities(first).SetEquals(Entities(held)), $"{name}: entities differ: {Describe(Entities(first), Entities(held))}");
            Assert.True(Relations(first).SetEquals(Relations(held)), $"{name}: relations differ: {Describe(Relations(first), Relations(held))}");
        }
    }

    /// <summary>
    /// A group's brand run on into trade words (澍岷汽车 beside 澍岷集团) is a firm of its own whether the group came in the
    /// same batch or is already in the store (invented names).
    /// </summary>
    [Fact]
    public async Task A_groups_brand_with_trade_words_names_the_same_firm_in_either_order_and_in_one_batch()
    {
        using var folder = new TempFolder();
        var files = new[]
        {
            ("a.txt", "澍岷集团今年营收增长两成。琰翎集团股份有限公司发布年报。"),
            ("b.txt", "琮珈铝业的客户里，分量最重的是澍岷汽车。"),
            ("c.txt", "瑀桉电子是澍岷新材料的供应商。"),
            ("d.txt", "琮珈铝业是琰翎重工的供应商。"),
        }.Select(f =>
        {
            File.WriteAllText(folder.File(f.Item1), $"标题\n\n{f.Item2}\n");
            return folder.File(f.Item1);
        }).ToList();
        var service = new IngestService(new SourceReader(), ExtractionPipeline.CreateDefault(), NullLogger<IngestService>.Instance);
        var graphs = new List<(string Name, InterchangeFile Held)>();
        foreach (var (name, batches) in new[]
        {
            ("one at a time, name order", files.Select(f => new[] { f }).ToList()),
            ("one at a time, reverse order", files.AsEnumerable().Reverse().Select(f => new[] { f }).ToList()),
            ("one batch", [[.. files]]),
        })
        {
            await using var store = await SqliteGraphStore.OpenAsync(folder.File(graphs.Count + ".db"), 500, Ct);
            foreach (var batch in batches)
            {
                await service.IngestAsync(store, batch, force: false, progress: null, Ct);
            }

            graphs.Add((name, await store.ToInterchangeAsync(Ct)));
        }

        var (_, first) = graphs[0];
        Assert.Superset(Relations(first), new HashSet<string>(StringComparer.Ordinal)
        {
            "SUPPLIES 琮珈铝业 -> 澍岷汽车", "SUPPLIES 瑀桉电子 -> 澍岷新材料", "SUPPLIES 琮珈铝业 -> 琰翎重工",
        });
        Assert.DoesNotContain(Relations(first), r => r.Contains("-> 澍岷集团", StringComparison.Ordinal) || r.Contains("-> 琰翎集团", StringComparison.Ordinal));
        foreach (var (name, held) in graphs.Skip(1))
        {
            Assert.True(Entities(first).SetEquals(Entities(held)), $"{name}: entities differ: {Describe(Entities(first), Entities(held))}");
            Assert.True(Relations(first).SetEquals(Relations(held)), $"{name}: relations differ: {Describe(Relations(first), Relations(held))}");
        }
    }

    // The scored types (issue 9): events and products (issue 13, not scored) are named from the text as it comes.
    private static HashSet<string> Entities(InterchangeFile file) =>
        file.Entities.Where(e => Scorer.CoreEntityTypes.Contains(e.Type)).Select(e => $"{e.Type} {e.Name}").ToHashSet(StringComparer.Ordinal);

    private static HashSet<string> Relations(InterchangeFile file)
    {
        var core = file.Entities.Where(e => Scorer.CoreEntityTypes.Contains(e.Type)).ToDictionary(e => e.Id, e => e.Name, StringComparer.Ordinal);
        return file.Relations.Where(r => core.ContainsKey(r.From) && core.ContainsKey(r.To))
            .Select(r => $"{r.Type} {core[r.From]} -> {core[r.To]}")
            .ToHashSet(StringComparer.Ordinal);
    }

    private static string Describe(HashSet<string> expected, HashSet<string> actual) =>
        $"missing [{string.Join("; ", expected.Except(actual).Take(15))}] extra [{string.Join("; ", actual.Except(expected).Take(15))}]";
}
