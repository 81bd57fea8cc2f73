using System.Diagnostics;
using Graph.Ingest.Evaluation;
using Graph.Ingest.Extraction;
using Graph.Ingest.Pipeline;
using Graph.Ingest.Sources;
using Graph.Store;
using Graph.Store.Sqlite;
using Graph.Tests.Shared;

namespace Graph.Ingest.Tests.Evaluation;

/// <summary>`eval --store`: the store → interchange conversion, and several gold files merged into one.</summary>
public sealed class StoreEvalTests
{
    private static string DevGold => Path.Combine(RepoPaths.Root, "eval", "dev", "gold.json");

    [Fact]
    public async Task What_a_store_holds_converts_back_to_the_extraction_it_was_written_from()
    {
        using var folder = new TempFolder();
        var (documents, _) = await new SourceReader().ReadAllAsync([RepoPaths.Seeds], CancellationToken.None);
        var graphs = ExtractionPipeline.CreateDefault().Run(documents).Graphs;
        var extracted = InterchangeFile.FromGraphs(graphs);
        await using var store = await SqliteGraphStore.OpenAsync(folder.File("g.db"), 500, CancellationToken.None);
        await store.WriteAsync(graphs, CancellationToken.None);

        var held = await store.ToInterchangeAsync(CancellationToken.None);

        Assert.Equal(documents.Select(d => d.FileName).Order(), held.Documents!.Select(d => d.File).Order());
        Assert.Equal(extracted.Entities.Count, held.Entities.Count);
        Assert.Equal(
            extracted.Relations.Select(r => (r.Type, r.From, r.To)).ToHashSet(),
            held.Relations.Select(r => (r.Type, r.From, r.To)).ToHashSet());
        var gold = InterchangeFile.Read(RepoPaths.Gold);
        Assert.Equal(Scorer.Score(gold, extracted).Summary, Scorer.Score(gold, held).Summary);
        // Every relation keeps its evidence: one interchange row per file that states it, with that file's sentence.
        Assert.All(held.Relations, r => Assert.False(string.IsNullOrEmpty(r.Evidence)));
    }

    [Fact]
    public void Merged_golds_join_entities_of_one_type_that_share_a_form()
    {
        var a = new InterchangeFile(1,
            [new InterchangeEntity("x", "Enterprise", "甲乙机械有限公司", ["甲乙"], ["1.txt"], null), new InterchangeEntity("p", "District", "丙市", [], ["1.txt"], null)],
            [new InterchangeRelation("LOCATED_IN", "x", "p", "1.txt", null, null)]);
        var b = new InterchangeFile(1,
            [new InterchangeEntity("x", "Enterprise", "甲乙", ["甲乙机械"], ["2.txt"], null), new InterchangeEntity("y", "District", "甲乙", [], ["2.txt"], null)],
            [new InterchangeRelation("LOCATED_IN", "x", "y", "2.txt", null, null)]);

        var merged = InterchangeFile.Merge([a, b]);

        Assert.Equal(3, merged.Entities.Count); // the firm once; the District 甲乙 is another type
        var firm = Assert.Single(merged.Entities, e => e.Type == "Enterprise");
        Assert.Equal("甲乙机械有限公司", firm.Name);
        Assert.Equal(["甲乙", "甲乙机械"], firm.Aliases!.Order());
        Assert.Equal(["1.txt", "2.txt"], firm.Files!.Order());
        Assert.All(merged.Relations, r => Assert.Equal(firm.Id, r.From));
    }

    [Fact]
    public async Task Eval_over_two_golds_agrees_with_the_reference_scorer_over_the_merged_gold()
    {
        using var folder = new TempFolder();
        var (documents, _) = await new SourceReader().ReadAllAsync([RepoPaths.Seeds, Path.Combine(RepoPaths.Root, "eval", "dev")], CancellationToken.None);
        var predicted = InterchangeFile.FromGraphs(ExtractionPipeline.CreateDefault().Run(documents).Graphs);
        var merged = InterchangeFile.Merge([InterchangeFile.Read(RepoPaths.Gold), InterchangeFile.Read(DevGold)]);
        predicted.Write(folder.File("pred.json"));
        merged.Write(folder.File("gold.json"));
        var ours = Scorer.Score(merged, predicted).Summary;

        var python = Process.Start(new ProcessStartInfo("python3", [Path.Combine(RepoPaths.Root, "eval", "score.py"), folder.File("gold.json"), folder.File("pred.json"), "--quiet"])
        {
            RedirectStandardOutput = true,
        })!;
        var output = (await python.StandardOutput.ReadToEndAsync()).Trim();
        await python.WaitForExitAsync();

        Assert.Equal(output.Split('\n')[^1], ours);
        // The merged gold is the two golds' entities less those they share.
        Assert.True(merged.Entities.Count <= InterchangeFile.Read(RepoPaths.Gold).Entities.Count + InterchangeFile.Read(DevGold).Entities.Count);
    }
}
