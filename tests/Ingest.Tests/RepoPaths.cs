using Graph.Ingest.Sources;

namespace Graph.Ingest.Tests;

/// <summary>The repository's own seeds and gold, found by walking up to the folder holding Graph.sln.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Seeds => Path.Combine(Root, "seeds");

    public static string Gold => Path.Combine(Root, "eval", "seeds.gold.json");

    public static IEnumerable<SourceDocument> SeedDocuments() =>
        Directory.GetFiles(Seeds, "*.txt").Order(StringComparer.Ordinal).Select(Seed);

    public static SourceDocument Seed(string path)
    {
        var text = File.ReadAllText(path);
        var hashed = SourceDocument.FromText(Path.GetFileName(path), text);
        return hashed with { Path = path };
    }

    public static SourceDocument Seed(int index) =>
        Seed(Directory.GetFiles(Seeds, $"{index:000}_*.txt").Single());

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Graph.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Graph.sln not found above " + AppContext.BaseDirectory);
    }
}
