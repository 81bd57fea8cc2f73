using System.Text.RegularExpressions;
using Graph.Tests.Shared;

namespace Graph.Ingest.Tests;

/// <summary>
/// Data moves one way through the stage folders of <c>src/Ingest</c>: a stage may use the stages before it, never one
/// after it (README, "How it works"). Read from the source, so that a new <c>using</c> of a later stage fails here.
/// </summary>
public sealed partial class StageLayeringTests
{
    /// <summary>The stages in the order data flows through them (Characters: the character classes every stage reads).</summary>
    private static readonly string[] Order =
    [
        "Characters", "Sources", "Text", "Segmentation", "Lexicons", "Dates", "Places", "Extraction", "Annotation", "Patterns",
        "Events", "Resolution", "Pipeline", "Evaluation", "Worker", "Cli",
    ];

    private static string Ingest => Path.Combine(RepoPaths.Root, "src", "Ingest");

    [Fact]
    public void Every_stage_folder_has_its_place_in_the_order()
    {
        var folders = Directory.GetDirectories(Ingest)
            .Select(Path.GetFileName)
            .Where(name => name is not ("bin" or "obj" or "resources"))
            .Where(name => Directory.EnumerateFiles(Path.Combine(Ingest, name!), "*.cs", SearchOption.AllDirectories).Any())
            .ToList();

        Assert.Empty(folders.Except(Order));
    }

    [Fact]
    public void No_stage_uses_a_later_one()
    {
        var backward = new List<string>();
        foreach (var (stage, rank) in Order.Select((s, i) => (s, i)))
        {
            var folder = Path.Combine(Ingest, stage);
            if (!Directory.Exists(folder))
            {
                continue;
            }

            foreach (var file in Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories))
            {
                foreach (var used in UsedStages(File.ReadAllText(file)).Where(used => used != stage))
                {
                    var usedRank = Array.IndexOf(Order, used);
                    if (usedRank > rank)
                    {
                        backward.Add($"{Path.GetRelativePath(Ingest, file)} uses {used}");
                    }
                }
            }
        }

        Assert.Empty(backward);
    }

    [Fact]
    public void A_backward_reference_is_seen_in_a_using_and_in_a_qualified_name()
    {
        Assert.Equal(["Patterns"], UsedStages("using Graph.Ingest.Patterns;\nclass A { }"));
        Assert.Equal(["Annotation"], UsedStages("class A { IReadOnlyList<Annotation.AnnotatedSentence> S; }"));
        Assert.Equal(["Events"], UsedStages("class A { Graph.Ingest.Events.EventRule R; }"));
        Assert.Empty(UsedStages("class A { int N => set.Patterns.Count; }"));
    }

    private static IEnumerable<string> UsedStages(string source) =>
        StageReference().Matches(source)
            .Select(m => m.Groups["stage"].Value)
            .Where(Order.Contains)
            .Distinct();

    /// <summary><c>using Graph.Ingest.X</c>, <c>Graph.Ingest.X.Type</c>, or <c>X.Type</c> written inside the Graph.Ingest namespace.</summary>
    [GeneratedRegex(@"(?:\bGraph\.Ingest\.|(?<![\w.]))(?<stage>[A-Z][A-Za-z]+)(?:;|\.[A-Z])")]
    private static partial Regex StageReference();
}
