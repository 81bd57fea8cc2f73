using System.Text.Json;
using System.Text.Json.Serialization;

namespace Graph.Store.Neo4j.Protocol;

/// <summary>Answer of the transactional endpoint: 200 even when a statement failed, so <c>errors</c> decides.</summary>
internal sealed record LegacyResponse(
    [property: JsonPropertyName("results")] IReadOnlyList<LegacyResult>? Results,
    [property: JsonPropertyName("errors")] IReadOnlyList<ServerError>? Errors);

/// <summary>One statement's rows on the transactional endpoint.</summary>
internal sealed record LegacyResult(
    [property: JsonPropertyName("columns")] IReadOnlyList<string> Columns,
    [property: JsonPropertyName("data")] IReadOnlyList<LegacyRow> Data);

/// <summary>One row on the transactional endpoint.</summary>
internal sealed record LegacyRow(
    [property: JsonPropertyName("row")] IReadOnlyList<JsonElement> Row);
