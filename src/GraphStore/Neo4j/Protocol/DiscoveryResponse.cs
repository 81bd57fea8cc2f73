using System.Text.Json.Serialization;

namespace Graph.Store.Neo4j.Protocol;

/// <summary>Answer of the unauthenticated <c>GET /</c>: which HTTP APIs the server offers.</summary>
internal sealed record DiscoveryResponse(
    [property: JsonPropertyName("query")] string? Query,
    [property: JsonPropertyName("transaction")] string? Transaction,
    [property: JsonPropertyName("neo4j_version")] string? Version);
