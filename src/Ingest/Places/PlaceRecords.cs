using System.Collections.Immutable;
using Graph.Model;

namespace Graph.Ingest.Places;

/// <summary>A place read in a sentence: where (article, sentence, character span in <c>Sentence.Text</c>) and which District.</summary>
public sealed record PlaceMention(int ArticleIndex, int SentenceIndex, int Start, int End, string Surface, string EntityId, string Code, PlaceLevel Level, string Rule);

/// <summary>A place found inside a string by <see cref="PlaceExtractor.FindPlaces"/>: its span, code and official name.</summary>
public sealed record PlaceSpan(int Start, int End, string Surface, string Code, string Name, PlaceLevel Level, string EntityId, string Rule);

/// <summary>
/// The places of one document: District entities (official names, short forms as aliases, attributes
/// code, level and parent), LOCATED_IN edges between them, every mention, and the names left
/// unresolved with the reason.
/// </summary>
public sealed record PlaceGraph(
    ImmutableArray<Entity> Districts,
    ImmutableArray<Relation> LocatedIn,
    ImmutableArray<PlaceMention> Mentions,
    ImmutableArray<string> Unresolved);
