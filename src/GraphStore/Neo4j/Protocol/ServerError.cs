using System.Text.Json.Serialization;

namespace Graph.Store.Neo4j.Protocol;

/// <summary>One entry of an <c>errors</c> array: a Neo4j status code and the server's message.</summary>
internal sealed record ServerError(
    [property: JsonPropertyName("code")] string? Code,
    [property: JsonPropertyName("message")] string? Message);
