using System.Text.Json.Serialization;

namespace Graph.Store.Neo4j.Protocol;

/// <summary>The <c>transaction</c> member of an answer to <c>POST /db/{db}/query/v2/tx</c>.</summary>
internal sealed record TransactionInfo(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("expires")] string? Expires);
