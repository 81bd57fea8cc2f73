using System.Diagnostics;
using Graph.Ingest.Evaluation;
using Graph.Store;
using Graph.Ingest.Extraction;
using Graph.Ingest.Sources;
using Graph.Tests.Shared;
using Graph.Ingest.Pipeline;

namespace Graph.Ingest.Tests.Evaluation;

public class ScorerTests
{
    [Fact]
    public void Gold_scored_against_itself_is_perfect()
    {
        var gold = InterchangeFile.Read(RepoPaths.Gold);
        var report = Scorer.Score(gold, gold);
        Assert.Equal(1.0, report.Entities.F1, 6);
        Assert.Equal(1.0, report.Relations.F1, 6);
    }

    [Fact]
    public async Task Scores_agree_with_the_reference_scorer()
    {
        using var folder = new TempFolder();
        var (documents, _) = await new SourceReader().ReadAllAsync([RepoPaths.Seeds], CancellationToken.None);
        var predicted = InterchangeFile.FromGraphs(ExtractionPipeline.CreateDefault().Run(documents).Graphs);
        var path = folder.File("pred.json");
        predicted.Write(path);
        var ours = Scorer.Score(InterchangeFile.Read(RepoPaths.Gold), InterchangeFile.Read(path)).Summary;

        var python = Process.Start(new ProcessStartInfo("python3", [Path.Combine(RepoPaths.Root, "eval", "score.py"), RepoPaths.Gold, path, "--quiet"])
        {
            RedirectStandardOutput = true,
        })!;
        var output = (await python.StandardOutput.ReadToEndAsync()).Trim();
        await python.WaitForExitAsync();

        Assert.Equal(output.Split('\n')[^1], ours);
    }
}
