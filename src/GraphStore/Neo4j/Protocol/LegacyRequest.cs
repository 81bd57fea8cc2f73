using System.Text.Json.Serialization;

namespace Graph.Store.Neo4j.Protocol;

/// <summary>Body of the deprecated transactional endpoint <c>POST /db/{db}/tx/commit</c> (servers before 5.19).</summary>
internal sealed record LegacyRequest(
    [property: JsonPropertyName("statements")] IReadOnlyList<LegacyStatement> Statements);

/// <summary>One statement of a <see cref="LegacyRequest"/>.</summary>
internal sealed record LegacyStatement(
    [property: JsonPropertyName("statement")] string Statement,
    [property: JsonPropertyName("parameters")] IReadOnlyDictionary<string, object?> Parameters,
    [property: JsonPropertyName("includeStats")] bool IncludeStats);
