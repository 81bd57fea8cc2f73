using System.Collections.Immutable;
using Graph.Ingest.Places;
using Graph.Ingest.Text;
using Graph.Model;

namespace Graph.Ingest.Extraction;

/// <summary>Where in a document a sentence sits: the unit every mention and fact points back to.</summary>
public sealed record SentenceContext(Article Article, Sentence Sentence)
{
    public string Text => Sentence.Text;
}

/// <summary>
/// A surface form found in a sentence and what it names: <see cref="Key"/> is the canonical name
/// as far as extraction can tell; resolution may still map it to a longer name.
/// </summary>
public sealed record Mention(NodeLabel Label, string Key, string Surface, SentenceContext Context, int Start, int End, string Rule, double Confidence,
    string? Id = null)
{
    /// <summary>What the mention says of its entity besides the name (an official's title), merged into the entity's attributes.</summary>
    public ImmutableSortedDictionary<string, string> Attributes { get; init; } = ImmutableSortedDictionary<string, string>.Empty;

    /// <summary>
    /// The surface refers back to the entity (该项目, 一期项目) rather than naming it: the mention is evidence of the entity,
    /// but its surface is not one of the entity's names (it would make every project of an archive answer to 该项目).
    /// </summary>
    public bool IsReference { get; init; }

    public EntityKey Entity => new(Label, Key, Id);
}

/// <summary>
/// An entity before assembly: its label and canonical name, and its id where a stage fixed one
/// (two towns named 新城街道 share a name, not an id); otherwise the id is derived from label and name.
/// </summary>
public readonly record struct EntityKey(NodeLabel Label, string Name, string? Id = null)
{
    public string EntityId => Id ?? StableId.ForEntity(Label, Name);
}

/// <summary>A relation read from one sentence, between entities named by key.</summary>
public sealed record RelationCandidate(
    RelationType Type,
    EntityKey From,
    EntityKey To,
    ImmutableSortedDictionary<string, string> Attributes,
    SentenceContext Context,
    int Start,
    int End,
    string Rule,
    double Confidence);

/// <summary>Everything extraction read from one document, before resolution across documents.</summary>
public sealed record ExtractedDocument(
    NormalizedDocument Document,
    PlaceGraph Places,
    ImmutableArray<Mention> Mentions,
    ImmutableArray<RelationCandidate> Relations,
    ImmutableArray<DroppedFinding> Dropped);

/// <summary>Something found but not kept, and why: what `extract --explain` shows.</summary>
public sealed record DroppedFinding(string What, string Reason, string Rule, string Sentence);
