namespace Graph.Queries.Catalog;

/// <summary>A canned query's answer: named columns and rows of values (strings, or lists of evidence).</summary>
public sealed record QueryResult(IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyDictionary<string, object?>> Rows);

/// <summary>One piece of evidence as the queries print it.</summary>
public sealed record EvidenceRow(string Sentence, string Document);

/// <summary>The name asked for matched no entity: the message names it and suggests close names.</summary>
public sealed class UnknownEntityException(string name, IReadOnlyList<string> suggestions)
    : Exception($"no entity named {name}")
{
    public IReadOnlyList<string> Suggestions { get; } = suggestions;
}
