using System.Text.Json.Serialization;

namespace Graph.Store.Neo4j.Protocol;

/// <summary>Body of <c>POST /db/{db}/query/v2</c> (and of a statement inside an explicit transaction).</summary>
internal sealed record QueryRequest(
    [property: JsonPropertyName("statement")] string Statement,
    [property: JsonPropertyName("parameters")] IReadOnlyDictionary<string, object?> Parameters,
    [property: JsonPropertyName("includeCounters")] bool IncludeCounters);
