using System.Text.Json;
using System.Text.Json.Serialization;

namespace Graph.Store.Neo4j.Protocol;

/// <summary>The <c>data</c> member: column names and one array of plain JSON values per row.</summary>
internal sealed record QueryData(
    [property: JsonPropertyName("fields")] IReadOnlyList<string> Fields,
    [property: JsonPropertyName("values")] IReadOnlyList<IReadOnlyList<JsonElement>> Values);
