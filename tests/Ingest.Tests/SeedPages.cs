using Graph.Ingest.Sources;
using Graph.Tests.Shared;

namespace Graph.Ingest.Tests;

/// <summary>The seed pages as source documents, hashed like files.</summary>
internal static class SeedPages
{
    public static IEnumerable<SourceDocument> All() =>
        Directory.GetFiles(RepoPaths.Seeds, "*.txt").Order(StringComparer.Ordinal).Select(Read);

    public static SourceDocument Read(string path)
    {
        var hashed = SourceDocument.FromText(Path.GetFileName(path), File.ReadAllText(path));
        return hashed with { Path = path };
    }

    public static SourceDocument Page(int index) =>
        Read(Directory.GetFiles(RepoPaths.Seeds, $"{index:000}_*.txt").Single());
}
