using Xunit.Abstractions;

namespace Graph.Ingest.Tests.Places;

public sealed class PlaceScoreTests(ITestOutputHelper output)
{
    [Fact]
    public void Seed_places_score_at_least_0_9_against_the_gold()
    {
        var (entities, locatedIn, missed, spurious) = SeedPlaces.ScoreAgainstGold();
        output.WriteLine($"District {entities}; LOCATED_IN {locatedIn}");
        output.WriteLine("missed: " + string.Join(" | ", missed));
        output.WriteLine("spurious: " + string.Join(" | ", spurious));
        if (Environment.GetEnvironmentVariable("GRAPH_PLACES_OUT") is { Length: > 0 } path)
        {
            File.WriteAllText(path, SeedPlaces.ToJson());
        }

        Assert.True(entities.F1 >= 0.9, $"District {entities}; missed {string.Join(" | ", missed)}; spurious {string.Join(" | ", spurious)}");
        Assert.True(locatedIn.F1 >= 0.9, $"LOCATED_IN {locatedIn}; missed {string.Join(" | ", missed)}; spurious {string.Join(" | ", spurious)}");
    }
}
