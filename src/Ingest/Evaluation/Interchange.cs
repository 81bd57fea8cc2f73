using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Graph.Model;

namespace Graph.Ingest.Evaluation;

/// <summary>The extraction interchange format of eval/FORMAT.md: what `extract --out` writes and `eval` scores.</summary>
public sealed record InterchangeFile(
    [property: JsonPropertyName("schema_version")] int SchemaVersion,
    [property: JsonPropertyName("entities")] IReadOnlyList<InterchangeEntity> Entities,
    [property: JsonPropertyName("relations")] IReadOnlyList<InterchangeRelation> Relations)
{
    public static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static InterchangeFile Read(string path)
    {
        try
        {
            return JsonSerializer.Deserialize<InterchangeFile>(File.ReadAllText(path), JsonOptions)
                ?? throw new InvalidDataException($"{path}: empty interchange file");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path}: not an interchange file: {e.Message}", e);
        }
    }

    public void Write(string path)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        File.WriteAllText(path, JsonSerializer.Serialize(this, JsonOptions));
    }

    /// <summary>
    /// The part of a gold file that speaks of <paramref name="files"/>: entities seen in one of them and
    /// relations stated in one of them. Scoring a few pages against the whole gold would count the
    /// other pages' facts as missed.
    /// </summary>
    public InterchangeFile RestrictTo(IReadOnlySet<string> files)
    {
        var entities = Entities.Where(e => e.Files is null || e.Files.Any(files.Contains)).ToList();
        var ids = entities.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        var relations = Relations.Where(r => (r.File is null || files.Contains(r.File)) && ids.Contains(r.From) && ids.Contains(r.To)).ToList();
        return this with { Entities = entities, Relations = relations };
    }

    /// <summary>Merges documents' graphs: one entity per id across files, relations once per file that states them.</summary>
    public static InterchangeFile FromGraphs(IEnumerable<DocumentGraph> graphs)
    {
        var entities = new Dictionary<string, (Entity Entity, SortedSet<string> Aliases, SortedSet<string> Files, Evidence? First)>(StringComparer.Ordinal);
        var relations = new List<InterchangeRelation>();
        foreach (var graph in graphs)
        {
            foreach (var entity in graph.Entities)
            {
                if (!entities.TryGetValue(entity.Id, out var entry))
                {
                    entities[entity.Id] = entry = (entity, new SortedSet<string>(StringComparer.Ordinal), new SortedSet<string>(StringComparer.Ordinal), entity.Evidence.FirstOrDefault());
                }

                entry.Aliases.UnionWith(entity.Aliases);
                entry.Files.Add(graph.Document.FileName);
            }

            foreach (var relation in graph.Relations)
            {
                var first = relation.Evidence.FirstOrDefault();
                var attrs = new JsonObject();
                foreach (var (name, value) in relation.Attributes)
                {
                    attrs[name] = value;
                }

                attrs["provenance"] = new JsonArray([.. relation.Evidence.Select(ProvenanceOf)]);
                relations.Add(new InterchangeRelation(relation.Type.ToString(), relation.FromId, relation.ToId,
                    graph.Document.FileName, first?.Sentence, attrs));
            }
        }

        var list = entities.Values
            .OrderBy(e => e.Entity.Label).ThenBy(e => e.Entity.Name, StringComparer.Ordinal)
            .Select(e =>
            {
                var attrs = new JsonObject();
                foreach (var (name, value) in e.Entity.Attributes)
                {
                    attrs[name] = value;
                }

                if (e.First is not null)
                {
                    attrs["provenance"] = ProvenanceOf(e.First);
                }

                e.Aliases.Remove(e.Entity.Name);
                return new InterchangeEntity(e.Entity.Id, e.Entity.Label.ToString(), e.Entity.Name, [.. e.Aliases], [.. e.Files], attrs);
            })
            .ToList();
        return new InterchangeFile(1, list, relations);
    }

    private static JsonObject ProvenanceOf(Evidence evidence) => new()
    {
        ["file"] = evidence.FileName,
        ["start"] = evidence.Start,
        ["end"] = evidence.End,
        ["rule"] = evidence.Rule,
        ["confidence"] = evidence.Confidence,
    };
}

public sealed record InterchangeEntity(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("aliases")] IReadOnlyList<string>? Aliases,
    [property: JsonPropertyName("files")] IReadOnlyList<string>? Files,
    [property: JsonPropertyName("attrs")] JsonObject? Attrs)
{
    public IEnumerable<string> Forms => (Aliases ?? []).Prepend(Name);
}

public sealed record InterchangeRelation(
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("from")] string From,
    [property: JsonPropertyName("to")] string To,
    [property: JsonPropertyName("file")] string? File,
    [property: JsonPropertyName("evidence")] string? Evidence,
    [property: JsonPropertyName("attrs")] JsonObject? Attrs);
