using Graph.Tests.Shared;
using System.Collections.Immutable;
using System.Text.Encodings.Web;
using System.Text.Json;
using Graph.Ingest.Places;
using Graph.Ingest.Text;
using Graph.Model;

namespace Graph.Ingest.Tests.Places;

/// <summary>
/// The places of all seed pages merged the way an export merges them: one entity per id across pages,
/// hierarchy edges recomputed over the merged set, plus the edges each page states. Scored like
/// eval/score.py --places.
/// </summary>
internal static class SeedPlaces
{
    public static (ImmutableArray<(Entity Entity, SortedSet<string> Files)> Entities, ImmutableArray<Relation> Relations) Extract()
    {
        var normalizer = new PageNormalizer();
        var extractor = new PlaceExtractor();
        var merged = new Dictionary<string, (Entity Entity, SortedSet<string> Files)>();
        var stated = new List<Relation>();
        foreach (var source in SeedPages.All())
        {
            var graph = extractor.Extract(normalizer.Normalize(source));
            foreach (var entity in graph.Districts)
            {
                if (merged.TryGetValue(entity.Id, out var known))
                {
                    known.Files.Add(source.FileName);
                    merged[entity.Id] = (known.Entity with { Aliases = [.. known.Entity.Aliases.Union(entity.Aliases).Distinct()] }, known.Files);
                }
                else
                {
                    merged[entity.Id] = (entity, new SortedSet<string>(StringComparer.Ordinal) { source.FileName });
                }
            }

            stated.AddRange(graph.LocatedIn.Where(r => r.Attributes.GetValueOrDefault(PlaceHierarchy.BasisAttribute) != "gazetteer"));
        }

        var linked = PlaceHierarchy.Link(merged.Values.Select(v => v.Entity), Gazetteer.Default);
        var relations = linked.Concat(stated).GroupBy(r => r.Id).Select(g => g.First()).ToImmutableArray();
        return ([.. merged.Values], relations);
    }

    /// <summary>The extraction in the interchange format of eval/FORMAT.md.</summary>
    public static string ToJson()
    {
        var (entities, relations) = Extract();
        var json = new
        {
            schema_version = 1,
            entities = entities.Select(e => new { id = e.Entity.Id, type = "District", name = e.Entity.Name, aliases = e.Entity.Aliases, files = e.Files, attrs = e.Entity.Attributes }),
            relations = relations.Select(r => new { type = r.Type.ToString(), from = r.FromId, to = r.ToId, file = r.Evidence.FirstOrDefault()?.FileName, evidence = r.Evidence.FirstOrDefault()?.Sentence, attrs = r.Attributes }),
        };
        return JsonSerializer.Serialize(json, new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, WriteIndented = true });
    }

    public sealed record Score(double Precision, double Recall)
    {
        public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

        public override string ToString() => $"P={Precision:0.000} R={Recall:0.000} F1={F1:0.000}";
    }

    /// <summary>District entity and District→District LOCATED_IN scores against the gold, as score.py --places computes them.</summary>
    public static (Score Entities, Score LocatedIn, ImmutableArray<string> Missed, ImmutableArray<string> Spurious) ScoreAgainstGold()
    {
        using var gold = JsonDocument.Parse(File.ReadAllText(RepoPaths.Gold));
        var goldDistricts = gold.RootElement.GetProperty("entities").EnumerateArray()
            .Where(e => e.GetProperty("type").GetString() == "District")
            .Select(e => (Id: e.GetProperty("id").GetString()!, Forms: Forms(e.GetProperty("name").GetString()!,
                e.TryGetProperty("aliases", out var a) ? a.EnumerateArray().Select(x => x.GetString()!) : [])))
            .ToList();
        var formIndex = new Dictionary<string, string>();
        foreach (var (id, forms) in goldDistricts)
        {
            foreach (var form in forms)
            {
                formIndex.TryAdd(form, id);
            }
        }

        var goldIds = goldDistricts.Select(d => d.Id).ToHashSet();
        var goldEdges = gold.RootElement.GetProperty("relations").EnumerateArray()
            .Where(r => r.GetProperty("type").GetString() == "LOCATED_IN")
            .Select(r => (From: r.GetProperty("from").GetString()!, To: r.GetProperty("to").GetString()!))
            .Where(r => goldIds.Contains(r.From) && goldIds.Contains(r.To))
            .ToHashSet();

        var (entities, relations) = Extract();
        var map = new Dictionary<string, string>();
        var spurious = new List<string>();
        foreach (var (entity, _) in entities)
        {
            var hit = Forms(entity.Name, entity.Aliases).Where(formIndex.ContainsKey).Select(f => formIndex[f]).Order(StringComparer.Ordinal).FirstOrDefault();
            if (hit is null)
            {
                spurious.Add(entity.Name);
            }
            else
            {
                map[entity.Id] = hit;
            }
        }

        var found = map.Values.ToHashSet();
        var entityScore = new Score(entities.Length == 0 ? 0 : (double)found.Count / entities.Length, (double)found.Count / goldDistricts.Count);
        var predicted = relations
            .Select(r => map.TryGetValue(r.FromId, out var f) && map.TryGetValue(r.ToId, out var t) ? (From: f, To: t) : (From: "?" + r.FromId, To: "?" + r.ToId))
            .ToHashSet();
        var tp = predicted.Count(goldEdges.Contains);
        var edgeScore = new Score(predicted.Count == 0 ? 0 : (double)tp / predicted.Count, (double)tp / goldEdges.Count);
        var names = goldDistricts.ToDictionary(d => d.Id, d => d.Forms.First());
        var missed = goldDistricts.Where(d => !found.Contains(d.Id)).Select(d => d.Forms.First())
            .Concat(goldEdges.Where(e => !predicted.Contains(e)).Select(e => $"{names[e.From]} -> {names[e.To]}"));
        var byId = entities.ToDictionary(e => e.Entity.Id, e => e.Entity.Name);
        var wrongEdges = predicted.Where(p => !goldEdges.Contains(p)).Select(p =>
            $"{(p.From.StartsWith('?') ? byId.GetValueOrDefault(p.From[1..]) : names.GetValueOrDefault(p.From))} => {(p.To.StartsWith('?') ? byId.GetValueOrDefault(p.To[1..]) : names.GetValueOrDefault(p.To))}");
        return (entityScore, edgeScore, [.. missed], [.. spurious.Concat(wrongEdges)]);
    }

    private static List<string> Forms(string name, IEnumerable<string> aliases) =>
        [.. aliases.Prepend(name).Select(NameKey.Normalize).Where(f => f.Length > 0).Distinct()];
}
