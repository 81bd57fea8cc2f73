using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Graph.Ingest.Evaluation;
using Graph.Ingest.Extraction;
using Graph.Ingest.Sources;
using Graph.Queries.Exports;
using Graph.Store;
using Graph.Tests.Shared;
using Graph.Ingest.Pipeline;

namespace Graph.Queries.Tests.Exports;

/// <summary>The JSON export of the whole graph scores against the seeds' gold as `extract --out` does (issue 10: ±0.01).</summary>
[Collection(SeedGraphCollection.Name)]
public sealed class InterchangeExportTests(SeedGraph seeds)
{
    [Fact]
    public async Task The_export_of_the_seed_graph_scores_as_extraction_does()
    {
        using var folder = new TempFolder();
        await new InterchangeExport().WriteAsync(await ExportFixture.AllAsync(seeds.Store), folder.File("all.json"), CancellationToken.None);

        var gold = InterchangeFile.Read(RepoPaths.Gold);
        var exported = Scorer.Score(gold, InterchangeFile.Read(folder.File("all.json")));
        var extracted = Scorer.Score(gold, await ExtractedAsync());
        Assert.InRange(exported.Entities.F1, extracted.Entities.F1 - 0.01, extracted.Entities.F1 + 0.01);
        Assert.InRange(exported.Relations.F1, extracted.Relations.F1 - 0.01, extracted.Relations.F1 + 0.01);
        Assert.True(exported.Relations.F1 > 0.5, exported.Summary);
    }

    [Fact]
    public async Task The_whole_graph_export_is_the_store_conversion_eval_store_uses()
    {
        using var folder = new TempFolder();
        await new InterchangeExport().WriteAsync(await ExportFixture.AllAsync(seeds.Store), folder.File("all.json"), CancellationToken.None);

        var exported = InterchangeFile.Read(folder.File("all.json"));
        var store = await seeds.Store.ToInterchangeAsync(CancellationToken.None);
        Assert.Equal(store.Entities, exported.Entities, InterchangeJson.Equal);
        Assert.Equal(store.Relations.OrderBy(InterchangeJson.Text, StringComparer.Ordinal), exported.Relations.OrderBy(InterchangeJson.Text, StringComparer.Ordinal), InterchangeJson.Equal);
    }

    /// <summary>eval/score.py itself, where python3 is installed: the figures it prints for the export are the extraction's.</summary>
    [SkippableFact]
    public async Task The_reference_scorer_gives_the_export_the_extractions_figures()
    {
        Skip.If(Which("python3") is null, "python3 is not installed");
        using var folder = new TempFolder();
        await new InterchangeExport().WriteAsync(await ExportFixture.AllAsync(seeds.Store), folder.File("all.json"), CancellationToken.None);
        (await ExtractedAsync()).Write(folder.File("extracted.json"));

        var exported = OverallF1(await ScorePyAsync(folder.File("all.json")));
        var extracted = OverallF1(await ScorePyAsync(folder.File("extracted.json")));
        Assert.Equal(extracted.Count, exported.Count);
        Assert.True(exported.Count >= 2, "score.py printed no overall lines");
        for (var i = 0; i < exported.Count; i++)
        {
            Assert.InRange(exported[i], extracted[i] - 0.01, extracted[i] + 0.01);
        }
    }

    private static async Task<InterchangeFile> ExtractedAsync()
    {
        var (documents, _) = await new SourceReader().ReadAllAsync([RepoPaths.Seeds], CancellationToken.None);
        return InterchangeFile.FromGraphs(ExtractionPipeline.CreateDefault().Run(documents).Graphs);
    }

    private static async Task<string> ScorePyAsync(string predicted)
    {
        var start = new ProcessStartInfo("python3", [Path.Combine(RepoPaths.Root, "eval", "score.py"), RepoPaths.Gold, predicted])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, await process.StandardError.ReadToEndAsync());
        return output;
    }

    /// <summary>The micro F1 figures of score.py's summary ("entities P=… R=… F1=… | relations P=… R=… F1=…").</summary>
    private static List<double> OverallF1(string output) =>
        System.Text.RegularExpressions.Regex.Matches(output, @"(?m)\b(entities|relations) P=[0-9.]+ R=[0-9.]+ F1=([0-9.]+)")
            .Select(m => double.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture))
            .ToList();

    private static string? Which(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Select(d => Path.Combine(d, program)).FirstOrDefault(File.Exists);

    private static class InterchangeJson
    {
        public static string Text<T>(T value) => JsonSerializer.Serialize(value, InterchangeFile.JsonOptions);

        public static bool Equal<T>(T a, T b) => Text(a) == Text(b);
    }
}
