using Graph.Ingest.Evaluation;
using Graph.Store;
using Graph.Ingest.Extraction;
using Graph.Ingest.Sources;
using Graph.Tests.Shared;
using Graph.Ingest.Pipeline;

namespace Graph.Ingest.Tests.Evaluation;

/// <summary>The extraction issue's floors on the seeds, held so that a regression fails the build.</summary>
public sealed class SeedScoreFloorTests
{
    private static readonly Lazy<ScoreReport> Report = new(() =>
    {
        var (documents, _) = new SourceReader().ReadAllAsync([RepoPaths.Seeds], CancellationToken.None).GetAwaiter().GetResult();
        var predicted = InterchangeFile.FromGraphs(ExtractionPipeline.CreateDefault().Run(documents).Graphs);
        return Scorer.Score(InterchangeFile.Read(RepoPaths.Gold), predicted);
    });

    [Fact]
    public void Entity_F1_is_at_least_0_90() => Assert.True(Report.Value.Entities.F1 >= 0.90, Report.Value.Summary);

    [Fact]
    public void Relation_F1_is_at_least_0_80() => Assert.True(Report.Value.Relations.F1 >= 0.80, Report.Value.Summary);

    [Fact]
    public void Every_gold_supply_edge_is_found()
    {
        var supplies = Report.Value.Row("relation", "SUPPLIES");
        Assert.Equal(1.0, supplies.Recall);
    }

    [Fact]
    public void Supply_edges_are_at_least_90_percent_right()
    {
        var supplies = Report.Value.Row("relation", "SUPPLIES");
        Assert.True(supplies.Precision >= 0.9, $"SUPPLIES P={supplies.Precision:F3}");
    }

    [Fact]
    public void A_page_scored_alone_is_scored_against_its_own_gold()
    {
        var gold = InterchangeFile.Read(RepoPaths.Gold);
        var page = gold.RestrictTo(new HashSet<string> { "004_b77296d8b7d8ae71.txt" });
        Assert.NotEmpty(page.Entities);
        Assert.True(page.Entities.Count < gold.Entities.Count);
        Assert.All(page.Relations, r => Assert.Equal("004_b77296d8b7d8ae71.txt", r.File));
    }
}
