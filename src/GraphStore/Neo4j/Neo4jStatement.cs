namespace Graph.Store.Neo4j;

/// <summary>A Cypher statement of constant text and the parameters that carry every value.</summary>
public sealed record Neo4jStatement(string Text, IReadOnlyDictionary<string, object?> Parameters)
{
    public static Neo4jStatement Of(string text, params (string Name, object? Value)[] parameters) =>
        new(text, parameters.ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal));
}
