using System.Text.Json.Serialization;

namespace Graph.Store.Neo4j.Protocol;

/// <summary>Body of a Query API answer: rows, bookmarks, counters, an open transaction, or errors.</summary>
internal sealed record QueryResponse(
    [property: JsonPropertyName("data")] QueryData? Data,
    [property: JsonPropertyName("bookmarks")] IReadOnlyList<string>? Bookmarks,
    [property: JsonPropertyName("counters")] QueryCounters? Counters,
    [property: JsonPropertyName("transaction")] TransactionInfo? Transaction,
    [property: JsonPropertyName("errors")] IReadOnlyList<ServerError>? Errors);
