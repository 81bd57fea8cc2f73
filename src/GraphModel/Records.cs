using System.Collections.Immutable;

namespace Graph.Model;

/// <summary>A source file as ingested: one newspaper page or feed item.</summary>
/// <param name="Id">Stable id derived from the content hash.</param>
/// <param name="FileName">Base name of the file, as the interchange format uses it.</param>
/// <param name="ContentSha256">Hex SHA-256 of the decoded text as UTF-8 without BOM: the document's identity and the ledger key.</param>
/// <param name="Titles">Titles of the articles found on the page.</param>
public sealed record DocumentInfo(string Id, string FileName, string ContentSha256, ImmutableArray<string> Titles)
{
    /// <summary>Where the document is kept (the file as archived, a feed's line as <c>feed.jsonl#L12</c>); null when unknown.</summary>
    public string? Path { get; init; }

    /// <summary>Hex SHA-256 of the bytes as read (another encoding of the same text has another byte hash).</summary>
    public string? ByteSha256 { get; init; }

    /// <summary>The encoding the bytes were decoded from: utf-8, utf-8-bom, utf-16le, utf-16be, gb18030.</summary>
    public string? Encoding { get; init; }

    /// <summary>The article's date, ISO <c>YYYY-MM-DD</c>, when the source says it (a feed's <c>date</c>); null otherwise.</summary>
    public string? Date { get; init; }
}

/// <summary>Where a fact was read: the sentence, its document and offsets in the original file, and the rule that read it.</summary>
public sealed record Evidence(
    string DocumentId,
    string FileName,
    int Start,
    int End,
    string Sentence,
    string Rule,
    double Confidence)
{
    /// <summary>The date of the document the sentence is in (ISO <c>YYYY-MM-DD</c>), null when unknown.</summary>
    public string? Date { get; init; }
}

/// <summary>A resolved thing in the world with every name used for it.</summary>
public sealed record Entity(
    string Id,
    NodeLabel Label,
    string Name,
    ImmutableArray<string> Aliases,
    ImmutableSortedDictionary<string, string> Attributes,
    ImmutableArray<Evidence> Evidence)
{
    public static Entity Create(NodeLabel label, string name, IEnumerable<string>? aliases = null,
        IEnumerable<KeyValuePair<string, string>>? attributes = null, IEnumerable<Evidence>? evidence = null) =>
        new(StableId.ForEntity(label, name), label, name,
            (aliases ?? []).Where(a => a != name).Distinct(StringComparer.Ordinal).ToImmutableArray(),
            (attributes ?? []).ToImmutableSortedDictionary(StringComparer.Ordinal),
            (evidence ?? []).ToImmutableArray());

    /// <summary>The name and every alias.</summary>
    public IEnumerable<string> Forms => Aliases.Prepend(Name);

    /// <summary>
    /// Name keys (<see cref="NameKey"/>) under which a later document may find this entity besides its forms: the short
    /// forms derived from a company's full name. Stores index them for resolution; they are not aliases (no text used them).
    /// </summary>
    public ImmutableArray<string> ResolutionKeys { get; init; } = [];
}

/// <summary>A typed edge between two entities, with the evidence that states it.</summary>
public sealed record Relation(
    string Id,
    RelationType Type,
    string FromId,
    string ToId,
    ImmutableSortedDictionary<string, string> Attributes,
    ImmutableArray<Evidence> Evidence)
{
    public static Relation Create(RelationType type, string fromId, string toId,
        IEnumerable<KeyValuePair<string, string>>? attributes = null, IEnumerable<Evidence>? evidence = null) =>
        new(StableId.ForRelation(type, fromId, toId), type, fromId, toId,
            (attributes ?? []).ToImmutableSortedDictionary(StringComparer.Ordinal),
            (evidence ?? []).ToImmutableArray());
}

/// <summary>What one document contributes to the graph: the unit a store writes and retracts.</summary>
public sealed record DocumentGraph(
    DocumentInfo Document,
    ImmutableArray<Entity> Entities,
    ImmutableArray<Relation> Relations);
