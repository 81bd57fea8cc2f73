using System.Text.Json;

namespace Graph.Ingest.Tests.Segmentation;

/// <summary>The seed lines and the committed @node-rs/jieba reference made from them by tools/jieba-reference/make-reference.mjs.</summary>
internal static class SeedReference
{
    private static readonly Lazy<string> Root = new(FindRepositoryRoot);

    public static string RepositoryRoot => Root.Value;

    /// <summary>Every line of seeds/*.txt, files by name, split on '\n' as make-reference.mjs does.</summary>
    public static IReadOnlyList<string> SeedLines()
    {
        var lines = new List<string>();
        foreach (string file in Directory.GetFiles(Path.Combine(RepositoryRoot, "seeds"), "*.txt").Order(StringComparer.Ordinal))
        {
            string[] parts = File.ReadAllText(file).Split('\n');
            lines.AddRange(parts.Length > 0 && parts[^1].Length == 0 ? parts[..^1] : parts);
        }

        return lines;
    }

    /// <summary>cut(line, true) of @node-rs/jieba 2.0.3, one array per seed line.</summary>
    public static IReadOnlyList<string[]> Cuts() =>
        ReadJsonLines("seeds.reference.jsonl", line => JsonSerializer.Deserialize<string[]>(line)!);

    /// <summary>tag(line, true) of @node-rs/jieba 2.0.3 as [word, tag] pairs, one array per seed line.</summary>
    public static IReadOnlyList<string[][]> Tags() =>
        ReadJsonLines("seeds.tags.reference.jsonl", line => JsonSerializer.Deserialize<string[][]>(line)!);

    /// <summary>Non-empty seed lines with one rare char each (make-reference.mjs), with @node-rs/jieba's cut and tags.</summary>
    public static IReadOnlyList<RareLine> RareLines() =>
        ReadJsonLines("rare.reference.jsonl", line => JsonSerializer.Deserialize<RareLine>(line, JsonOptions)!);

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    private static List<T> ReadJsonLines<T>(string name, Func<string, T> parse) =>
        File.ReadAllLines(Path.Combine(RepositoryRoot, "tests", "Ingest.Tests", "Segmentation", name)).Select(parse).ToList();

    private static string FindRepositoryRoot()
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

/// <summary>One line of rare.reference.jsonl.</summary>
internal sealed record RareLine(string Text, string[] Cut, string[][] Tags);
