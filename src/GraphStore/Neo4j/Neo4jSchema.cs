using System.Reflection;

namespace Graph.Store.Neo4j;

/// <summary>The statements of cypher/schema.cypher, embedded at build time so the store and the analyst kit share one file.</summary>
public static class Neo4jSchema
{
    private const string ResourceName = "Graph.Store.Neo4j.schema.cypher";

    public static string Text { get; } = Load();

    public static IReadOnlyList<string> Statements { get; } = Split(Text);

    /// <summary>Splits on ';' ending a line and drops comment lines: the form our .cypher files keep.</summary>
    public static IReadOnlyList<string> Split(string text)
    {
        var statements = new List<string>();
        var current = new List<string>();
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.TrimEnd('\r', ' ', '\t');
            if (line.TrimStart().StartsWith("//", StringComparison.Ordinal) || line.TrimStart().StartsWith(':'))
            {
                continue;
            }

            if (line.EndsWith(';'))
            {
                current.Add(line[..^1]);
                statements.Add(string.Join('\n', current).Trim());
                current.Clear();
            }
            else if (line.Length > 0)
            {
                current.Add(line);
            }
        }

        if (current.Count > 0)
        {
            statements.Add(string.Join('\n', current).Trim());
        }

        return statements.Where(s => s.Length > 0).ToList();
    }

    private static string Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
                           ?? throw new InvalidOperationException($"embedded resource {ResourceName} is missing");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
