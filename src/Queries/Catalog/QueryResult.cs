using Graph.Model;

namespace Graph.Queries.Catalog;

/// <summary>A canned query's answer: named columns and rows of values (strings, numbers, or lists of evidence).</summary>
public sealed record QueryResult(IReadOnlyList<string> Columns, IReadOnlyList<Row> Rows);

/// <summary>One piece of evidence as the queries print it: the sentence and the document it was read in.</summary>
public sealed record EvidenceRow(string Sentence, string Document)
{
    public static IReadOnlyList<EvidenceRow> Of(IEnumerable<Evidence> evidence) =>
        evidence.Select(e => new EvidenceRow(e.Sentence, e.FileName)).Distinct().ToList();
}

/// <summary>The name asked for matched no entity of the kinds the query takes: the message names it and suggests close names.</summary>
public sealed class UnknownEntityException(string name, IReadOnlyList<string> suggestions, IReadOnlyList<NodeLabel>? labels = null)
    : Exception($"no entity named {name}")
{
    public IReadOnlyList<string> Suggestions { get; } = suggestions;

    /// <summary>The kinds of entity the argument takes.</summary>
    public IReadOnlyList<NodeLabel> Labels { get; } = labels ?? [];
}

/// <summary>The name fits several entities: each candidate with its type, so the user can give a longer name.</summary>
public sealed class AmbiguousEntityException(string name, IReadOnlyList<Entity> candidates)
    : Exception($"{name} names {candidates.Count} entities: give one of their full names")
{
    public IReadOnlyList<Entity> Candidates { get; } = candidates;
}
