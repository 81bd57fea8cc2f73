using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Graph.Model;

namespace Graph.Store;

/// <summary>
/// The extraction interchange format of eval/FORMAT.md: what `extract --out` writes, `eval` scores and exports build on.
/// Built from documents' graphs (<see cref="FromGraphs"/>) or from what a store holds
/// (<see cref="StoreInterchange.ToInterchangeAsync"/>, the one store → interchange conversion).
/// </summary>
public sealed record InterchangeFile(
    [property: JsonPropertyName("schema_version")] int SchemaVersion,
    [property: JsonPropertyName("entities")] IReadOnlyList<InterchangeEntity> Entities,
    [property: JsonPropertyName("relations")] IReadOnlyList<InterchangeRelation> Relations)
{
    /// <summary>The documents the graph was read from (the gold's <c>documents</c> key; ignored by the scorer).</summary>
    [JsonPropertyName("documents")]
    public IReadOnlyList<InterchangeDocument>? Documents { get; init; }

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
        var documents = new List<string>();
        foreach (var graph in graphs)
        {
            documents.Add(graph.Document.FileName);
            foreach (var entity in graph.Entities)
            {
                if (!entities.TryGetValue(entity.Id, out var entry))
                {
                    entities[entity.Id] = entry = (entity, new SortedSet<string>(StringComparer.Ordinal), new SortedSet<string>(StringComparer.Ordinal), entity.Evidence.FirstOrDefault());
                }

                entry.Aliases.UnionWith(entity.Aliases);
                entry.Files.Add(graph.Document.FileName);
            }

            relations.AddRange(graph.Relations.Select(r => RelationOf(r, graph.Document.FileName, r.Evidence)));
        }

        var list = entities.Values
            .OrderBy(e => e.Entity.Label).ThenBy(e => e.Entity.Name, StringComparer.Ordinal)
            .Select(e => EntityOf(e.Entity, e.Aliases, e.Files, e.First))
            .ToList();
        return new InterchangeFile(1, list, relations) { Documents = documents.Select(f => new InterchangeDocument(f)).ToList() };
    }

    /// <summary>
    /// Several gold files as one: entities of one type that share a form (under <see cref="NameKey"/>) are one entity,
    /// with every form and file of each; ids are prefixed by the file's position so they never collide.
    /// </summary>
    public static InterchangeFile Merge(IReadOnlyList<InterchangeFile> files)
    {
        if (files.Count == 1)
        {
            return files[0];
        }

        var entities = files.SelectMany((f, i) => f.Entities.Select(e => e with { Id = $"g{i}:{e.Id}" })).ToList();
        var parent = entities.ToDictionary(e => e.Id, e => e.Id, StringComparer.Ordinal);
        string Find(string id)
        {
            while (parent[id] != id)
            {
                id = parent[id] = parent[parent[id]];
            }

            return id;
        }

        var byForm = new Dictionary<(string Type, string Form), string>();
        foreach (var entity in entities)
        {
            foreach (var form in entity.Forms.Select(NameKey.Normalize).Where(f => f.Length > 0))
            {
                if (byForm.TryGetValue((entity.Type, form), out var other))
                {
                    var (a, b) = (Find(other), Find(entity.Id));
                    if (a != b)
                    {
                        parent[b] = a;
                    }
                }
                else
                {
                    byForm[(entity.Type, form)] = entity.Id;
                }
            }
        }

        var merged = entities.GroupBy(e => Find(e.Id)).Select(g =>
        {
            var first = g.First(e => e.Id == g.Key);
            var forms = g.SelectMany(e => e.Forms).Distinct(StringComparer.Ordinal).Where(f => f != first.Name).ToList();
            var entityFiles = g.SelectMany(e => e.Files ?? []).Distinct(StringComparer.Ordinal).ToList();
            return first with { Aliases = forms, Files = entityFiles.Count > 0 ? entityFiles : null };
        }).ToList();
        var relations = files.SelectMany((f, i) => f.Relations.Select(r => r with { From = Find($"g{i}:{r.From}"), To = Find($"g{i}:{r.To}") })).ToList();
        var documents = files.SelectMany(f => f.Documents ?? []).ToList();
        return new InterchangeFile(1, merged, relations) { Documents = documents.Count > 0 ? documents : null };
    }

    /// <summary>One entity as the format writes it: name, the other forms, files, attributes and the first evidence as provenance.</summary>
    public static InterchangeEntity EntityOf(Entity entity, IEnumerable<string> aliases, IEnumerable<string> files, Evidence? first)
    {
        var attrs = new JsonObject();
        foreach (var (name, value) in entity.Attributes)
        {
            attrs[name] = value;
        }

        if (first is not null)
        {
            attrs["provenance"] = ProvenanceOf(first);
        }

        return new InterchangeEntity(entity.Id, entity.Label.ToString(), entity.Name,
            [.. aliases.Where(a => a != entity.Name).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
            [.. files.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)], attrs);
    }

    /// <summary>One relation as stated in one file: the first sentence as evidence, every piece of that file's evidence as provenance.</summary>
    public static InterchangeRelation RelationOf(Relation relation, string? file, IEnumerable<Evidence> evidence)
    {
        var list = evidence.ToList();
        var attrs = new JsonObject();
        foreach (var (name, value) in relation.Attributes)
        {
            attrs[name] = value;
        }

        attrs["provenance"] = new JsonArray([.. list.Select(ProvenanceOf)]);
        return new InterchangeRelation(relation.Type.ToString(), relation.FromId, relation.ToId, file, list.FirstOrDefault()?.Sentence, attrs);
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

/// <summary>One document of the interchange: its base file name.</summary>
public sealed record InterchangeDocument([property: JsonPropertyName("file")] string File);

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
