using System.Collections.Immutable;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Graph.Model;

namespace Graph.Store.Neo4j;

/// <summary>
/// How records become Neo4j properties: attributes flattened (a key that collides with a structural
/// property gets an <c>attr_</c> prefix), evidence as one JSON string each, alias provenance as
/// <c>doc␟key␟form</c> strings.
/// </summary>
internal static class Neo4jProperties
{
    private static readonly HashSet<string> Structural =
    [
        "id", "name", "aliases", "aliasKeys", "aliasSources", "aliasText", "attrKeys",
        "evidence", "evidenceDocs", "sources", "fileName", "sha256", "titles", "complete",
        "path", "byteSha256", "encoding", "date", "lookupKeys", "keyText", "formerIds", "formerIdText",
    ];

    // Readable Chinese in Browser, and a fixed member order so equal evidence is an equal string.
    private static readonly JsonSerializerOptions Json = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string PropertyName(string attributeKey) =>
        Structural.Contains(attributeKey) || attributeKey.StartsWith("attr_", StringComparison.Ordinal) ? "attr_" + attributeKey : attributeKey;

    public static Dictionary<string, object?> Attributes(IReadOnlyDictionary<string, string> attributes) =>
        attributes.ToDictionary(a => PropertyName(a.Key), a => (object?)a.Value, StringComparer.Ordinal);

    public static string AliasSource(string documentId, string form) =>
        string.Join(Neo4jStatements.AliasSourceSeparator, documentId, NameKey.Normalize(form), form);

    public static List<Dictionary<string, object?>> EvidenceRows(IEnumerable<Evidence> evidence) =>
        evidence.Select(e => (Json: Serialize(e), e.DocumentId))
            .DistinctBy(e => e.Json)
            .Select(e => new Dictionary<string, object?> { ["json"] = e.Json, ["doc"] = e.DocumentId })
            .ToList();

    public static string Serialize(Evidence e) =>
        JsonSerializer.Serialize(new EvidenceJson(e.DocumentId, e.FileName, e.Start, e.End, e.Sentence, e.Rule, e.Confidence, e.Date), Json);

    public static Evidence Deserialize(string json)
    {
        var e = JsonSerializer.Deserialize<EvidenceJson>(json, Json) ?? throw new JsonException("empty evidence");
        return new Evidence(e.Doc, e.File, e.Start, e.End, e.Sentence, e.Rule, e.Confidence) { Date = e.Date };
    }

    /// <summary>Attributes back from a property map, by the keys recorded in attrKeys.</summary>
    public static ImmutableSortedDictionary<string, string> ReadAttributes(JsonElement props)
    {
        var result = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var key in Strings(props, "attrKeys"))
        {
            if (props.TryGetProperty(PropertyName(key), out var value) && value.ValueKind == JsonValueKind.String)
            {
                result[key] = value.GetString()!;
            }
        }

        return result.ToImmutable();
    }

    public static ImmutableArray<Evidence> ReadEvidence(JsonElement props) =>
        [.. Strings(props, "evidence").Select(Deserialize)
            .OrderBy(e => e.FileName, StringComparer.Ordinal).ThenBy(e => e.Start).ThenBy(e => e.Rule, StringComparer.Ordinal)];

    public static IEnumerable<string> Strings(JsonElement props, string name) =>
        props.ValueKind == JsonValueKind.Object && props.TryGetProperty(name, out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!).ToList()
            : [];

    public static string String(JsonElement props, string name) =>
        props.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : "";

    private sealed record EvidenceJson(
        [property: JsonPropertyName("doc")] string Doc,
        [property: JsonPropertyName("file")] string File,
        [property: JsonPropertyName("start")] int Start,
        [property: JsonPropertyName("end")] int End,
        [property: JsonPropertyName("sentence")] string Sentence,
        [property: JsonPropertyName("rule")] string Rule,
        [property: JsonPropertyName("confidence")] double Confidence,
        [property: JsonPropertyName("date"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Date = null);
}
