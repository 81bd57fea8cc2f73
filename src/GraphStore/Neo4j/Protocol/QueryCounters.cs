using System.Text.Json.Serialization;

namespace Graph.Store.Neo4j.Protocol;

/// <summary>The <c>counters</c> member, present when the request sets <c>includeCounters</c>.</summary>
public sealed record QueryCounters(
    [property: JsonPropertyName("nodesCreated")] int NodesCreated,
    [property: JsonPropertyName("nodesDeleted")] int NodesDeleted,
    [property: JsonPropertyName("relationshipsCreated")] int RelationshipsCreated,
    [property: JsonPropertyName("relationshipsDeleted")] int RelationshipsDeleted,
    [property: JsonPropertyName("propertiesSet")] int PropertiesSet,
    [property: JsonPropertyName("containsUpdates")] bool ContainsUpdates);
